import { ApolloProvider } from '@apollo/client/react';
import { unstableSetRender } from 'antd-mobile';
import { createRoot, type Root } from 'react-dom/client';
import { BrowserRouter } from 'react-router-dom';
import { client } from './apollo';
import { App } from './app';
import './styles.css';

// antd-mobile's Toast and Dialog render outside the tree; React 19 needs them told how
unstableSetRender((node, container) => {
  const c = container as Element & { _root?: Root };
  c._root ??= createRoot(container);
  c._root.render(node);
  return async () => {
    c._root?.unmount();
    delete c._root;
  };
});

createRoot(document.getElementById('root')!).render(
  <ApolloProvider client={client}>
    <BrowserRouter basename="/m">
      <App />
    </BrowserRouter>
  </ApolloProvider>,
);
