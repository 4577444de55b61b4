/** Each domain remote (console/federation.mjs) exposes `./routes`: a component with that domain's routes. */
declare module '*/routes' {
  const Routes: import('react').ComponentType;
  export default Routes;
}
