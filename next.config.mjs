import { withPayload } from '@payloadcms/next/withPayload'

/** @type {import('next').NextConfig} */
const nextConfig = {
  // The Express server in src/server.ts sets the security headers; Next should not advertise itself.
  poweredByHeader: false,
  // Express answers `/` itself; Next only serves the admin, the API and the ops routes.
  reactStrictMode: true,
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
