declare module 'heic-decode' {
  interface DecodedImage {
    width: number;
    height: number;
    /** RGBA, 4 bytes a pixel. */
    data: Uint8ClampedArray;
  }
  interface LazyImage {
    width: number;
    height: number;
    decode(): Promise<DecodedImage>;
  }
  function decode(input: { buffer: Buffer | Uint8Array | ArrayBuffer }): Promise<DecodedImage>;
  namespace decode {
    function all(input: {
      buffer: Buffer | Uint8Array | ArrayBuffer;
    }): Promise<LazyImage[] & { dispose(): void }>;
  }
  export = decode;
}
