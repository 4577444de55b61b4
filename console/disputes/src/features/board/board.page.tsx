import { useQuery } from '@apollo/client/react';
import { ENUM_LABELS, ErrorNotice, formatDateTime } from '@cp/ui';
import { Badge, Card, Col, Empty, Row, Space, Tag, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { BAND_COLORS } from '../../labels';
import { BOARD } from './board.operations';

/** 状态看板: where every dispute stands, one column per state, counts from the whole jurisdiction. */
export function BoardPage() {
  const { data, loading, error } = useQuery(BOARD);
  return (
    <Card title="纠纷状态看板" loading={loading && !data}>
      <ErrorNotice error={error} />
      <Row gutter={12} wrap={false} style={{ overflowX: 'auto' }}>
        {(data?.disputeBoard ?? []).map(({ status, count, nodes }) => {
          return (
            <Col key={status} flex="0 0 240px" data-testid={`board-${status}`}>
              <Typography.Title level={5}>
                {ENUM_LABELS.DisputeStatus[status]} <Badge count={count} showZero overflowCount={99999} color="#1677ff" />
              </Typography.Title>
              <Space direction="vertical" style={{ width: '100%' }}>
                {nodes.length === 0 && <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} />}
                {nodes.map((d) => (
                  <Card key={d.id} size="small" style={{ borderLeft: `4px solid ${BAND_COLORS[d.risk.band]}` }}>
                    <Link to={`/disputes/d/${d.id}`}>{d.title}</Link>
                    <div>
                      <Typography.Text type="secondary">
                        {d.community?.name} · {formatDateTime(d.reportedAt)}
                      </Typography.Text>
                    </div>
                    <Space size={4} wrap>
                      <Tag>{ENUM_LABELS.DisputeGrade[d.grade]}</Tag>
                      <Tag color={BAND_COLORS[d.risk.band]}>风险 {d.risk.score}</Tag>
                      {d.isRepeat && <Tag color="volcano">重复</Tag>}
                      {d.progressOverdue && <Tag color="red">逾期</Tag>}
                    </Space>
                  </Card>
                ))}
              </Space>
            </Col>
          );
        })}
      </Row>
    </Card>
  );
}
