// Next.js's entry points by the names its bundler aliases (`next/navigation`, not
// `next/navigation.js`: the `.js` name skips the alias and breaks route handlers), typed for this
// repository's NodeNext resolution, which finds them only with the extension.
declare module 'next/cache' {
  export * from 'next/cache.js'
}
declare module 'next/headers' {
  export * from 'next/headers.js'
}
declare module 'next/navigation' {
  export * from 'next/navigation.js'
}
declare module 'next/server' {
  export * from 'next/server.js'
}
// `next/image` is CommonJS with a default export, which NodeNext types as the whole module.
declare module 'next/image' {
  import type NextImage from 'next/image.js'
  export * from 'next/image.js'
  const Image: typeof NextImage.default
  export default Image
}
