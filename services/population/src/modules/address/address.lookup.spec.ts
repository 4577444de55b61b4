import { describe, expect, it } from 'vitest';
import { normaliseAddress } from './address.lookup';

describe('normaliseAddress: the spelling of the standard address list', () => {
  it.each([
    ['北京市东城区东四 三条 １２号', '北京市东城区东四三条12号'],
    ['东四十条5号楼二单元三〇一室', '东四十条5号楼2单元301室'],
    ['和平里十二号三单元十层', '和平里12号3单元10层'],
    ['安定门二十三号楼', '安定门23号楼'],
    ['交道口南大街甲１２号－３', '交道口南大街甲12号-3'],
  ])('%s → %s', (typed, standard) => {
    expect(normaliseAddress(typed)).toBe(standard);
  });
});
