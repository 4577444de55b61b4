/** Each domain remote exposes `./routes`: a component with that domain's routes. */
declare module 'population/routes' {
  const Routes: import('react').ComponentType;
  export default Routes;
}
declare module 'disputes/routes' {
  const Routes: import('react').ComponentType;
  export default Routes;
}
declare module 'staffing/routes' {
  const Routes: import('react').ComponentType;
  export default Routes;
}
declare module 'performance/routes' {
  const Routes: import('react').ComponentType;
  export default Routes;
}
