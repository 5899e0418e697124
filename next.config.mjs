import { withPayload } from '@payloadcms/next/withPayload'

/** @type {import('next').NextConfig} */
const nextConfig = {
  // The Express server in src/server.ts sets the security headers; Next should not advertise itself.
  poweredByHeader: false,
  // Test servers build into their own directory: Next allows one dev server per build directory,
  // and a developer's running `npm run dev` must not stop `npm test`.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  // The dev server refuses its scripts and hot-reload socket to origins it does not know, which
  // leaves the admin blank; http://127.0.0.1 is the same machine as http://localhost.
  allowedDevOrigins: ['127.0.0.1', '[::1]'],
  reactStrictMode: true,
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
