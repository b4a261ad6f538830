// The widgets' stylesheet, bundled as text and adopted by each element's shadow root.
declare module '*.css' {
  const css: string;
  export default css;
}
