import { describe, expect, it } from 'vitest';
import { addressKey, standardSpelling } from './index';

describe('standardSpelling: the spelling of the standard address list', () => {
  it.each([
    ['北京市东城区东四 三条 １２号', '北京市东城区东四三条12号'],
    ['东四十条5号楼二单元三〇一室', '东四十条5号楼2单元301室'],
    ['和平里十二号三单元十层', '和平里12号3单元10层'],
    ['安定门二十三号楼', '安定门23号楼'],
    ['交道口南大街甲１２号－３', '交道口南大街甲12号-3'],
  ])('%s → %s', (typed, standard) => {
    expect(standardSpelling(typed)).toBe(standard);
  });
});

describe('addressKey: one key per place for matching repeated reports', () => {
  it.each([
    ['东四 十条３号', '东四十条3号'],
    ['东四十条三号，二单元', '东四十条3号2单元'],
    ['和平里（北区）12号-3', '和平里北区12号3'],
    ['Ａ座 ５号', 'a座5号'],
  ])('%s → %s', (typed, key) => {
    expect(addressKey(typed)).toBe(key);
  });

  it('gives the same key to spellings the standard list treats as one address', () => {
    expect(addressKey('东四十条5号楼二单元三〇一室')).toBe(addressKey('东四十条５号楼2单元301室'));
  });

  it('has no key for no address', () => {
    expect([addressKey(null), addressKey(''), addressKey('  　')]).toEqual([null, null, null]);
  });
});
