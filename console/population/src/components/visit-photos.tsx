import { useQuery } from '@apollo/client/react';
import { ErrorNotice } from '@cp/ui';
import { Image, Modal, Space, Spin, Typography } from 'antd';
import { useState } from 'react';
import { graphql } from '../gql';

const VISIT_PHOTO = graphql(`
  query VisitPhoto($id: ID!) {
    visitPhoto(id: $id) {
      id
      dataUrl
      createdAt
    }
  }
`);

/** One photo, read only when the dialog opens: each view is checked and recorded on the server. */
function Photo({ id }: { id: string }) {
  const { data, loading, error } = useQuery(VISIT_PHOTO, { variables: { id }, fetchPolicy: 'network-only' });
  if (loading) return <Spin />;
  if (error) return <ErrorNotice error={error} />;
  return data?.visitPhoto ? <Image src={data.visitPhoto.dataUrl} width={160} alt="现场照片" /> : <Typography.Text type="secondary">无权查看</Typography.Text>;
}

/** 现场照片 of a visit or inspection: the count, and the photos in a dialog on demand. */
export function VisitPhotos({ photos }: { photos: Array<{ id: string }> }) {
  const [open, setOpen] = useState(false);
  if (!photos.length) return <Typography.Text type="secondary">—</Typography.Text>;
  return (
    <>
      <Typography.Link onClick={() => setOpen(true)}>照片 {photos.length}</Typography.Link>
      <Modal title="现场照片" open={open} onCancel={() => setOpen(false)} footer={null} width={720} destroyOnHidden>
        <Image.PreviewGroup>
          <Space wrap>
            {photos.map((p) => (
              <Photo key={p.id} id={p.id} />
            ))}
          </Space>
        </Image.PreviewGroup>
      </Modal>
    </>
  );
}
