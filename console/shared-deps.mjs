/**
 * Libraries the shell and every remote share as singletons (one React, one router, one
 * Apollo cache, one antd theme). Each remote's vite.config imports this list.
 */
export const sharedSingletons = Object.fromEntries(
  ['react', 'react-dom', 'react-dom/client', 'react/jsx-runtime', 'react-router-dom', '@apollo/client', '@apollo/client/react', 'graphql', 'antd', 'dayjs'].map(
    (name) => [name, { singleton: true, requiredVersion: false }],
  ),
);
