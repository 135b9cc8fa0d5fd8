import type { ModalProps } from '@mantine/core';
import { lazy, Suspense } from 'react';

// Through a module of its own: a dynamic import of '@mantine/core' itself would keep all of Mantine in the entry chunk.
const Modal = lazy(() => import('./modal.ts').then(({ Modal }) => ({ default: Modal })));

/**
 * Mantine's Modal, loaded when a dialog first opens: a page whose dialogs stay closed (most visits) does not download
 * it. Renders nothing while closed, so the dialog's content is mounted afresh on each opening.
 */
export function LazyModal(props: ModalProps) {
  if (!props.opened) return null;
  return (
    <Suspense fallback={null}>
      <Modal {...props} />
    </Suspense>
  );
}
