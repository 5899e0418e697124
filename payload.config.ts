import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { s3Storage } from '@payloadcms/storage-s3'
import { en } from '@payloadcms/translations/languages/en'
import { zh } from '@payloadcms/translations/languages/zh'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { buildConfig } from 'payload'
import sharp from 'sharp'

import { AuditLog } from './collections/AuditLog'
import { Brands } from './collections/Brands'
import { Campaigns } from './collections/Campaigns'
import { Collaborations } from './collections/Collaborations'
import { ContentAssets } from './collections/ContentAssets'
import { Kols } from './collections/Kols'
import { Media } from './collections/Media'
import { Personas } from './collections/Personas'
import { Products } from './collections/Products'
import { PublishFeed } from './collections/PublishFeed'
import { RewardCoupons } from './collections/RewardCoupons'
import { UgcMedia } from './collections/UgcMedia'
import { UgcSubmissions } from './collections/UgcSubmissions'
import { Users } from './collections/Users'
import { WebhookDeliveries } from './collections/WebhookDeliveries'
import { Webhooks } from './collections/Webhooks'
import { isAdmin } from './src/access/isAdmin'
import { restrictPayloadInternals } from './src/access/payloadInternals'
import { isEnabled } from './src/config/flags'
import { isJobsRunner } from './src/config/jobsRunner'
import { loggerOptions } from './src/config/logging'
import { allowedOrigins } from './src/config/origins'
import { readS3Settings, S3_PREFIXES } from './src/config/s3Storage'
import { databaseAdapter } from './src/db/databaseAdapter'
import { addGraphqlErrorCode } from './src/graphql/errorCodes'
import { queryLimitRules, readGraphQLLimits } from './src/graphql/limits'
import { adminTranslations } from './src/i18n/adminTranslations'
import { deliverWebhookTask, WEBHOOKS_QUEUE } from './src/jobs/deliverWebhook'
import { PUBLISHING_QUEUE, publishDueVariantsTask } from './src/jobs/publishDueVariants'
import { removeStagedUploadsTask, UGC_QUEUE } from './src/jobs/removeStagedUploads'
import { onInit } from './src/lifecycle/onInit'
import { repairPreferenceDeletion } from './src/lifecycle/preferenceDeletion'
import { listExportPlugin } from './src/listExport/plugin'
import { refuseOversizedArrays } from './src/fields/refuseOversizedArrays'
import { removeUploadTempFiles } from './src/media/uploadTempFiles'
import { uploadTempDirectory } from './src/ugc/intake/receivingDirectories'
import { publisherMutations, publisherQueries } from './src/publishing/graphql'
import { kolQueries } from './src/ranking/graphql'
import { ugcMutations, ugcQueries } from './src/ugc/graphql'

const dirname = path.dirname(fileURLToPath(import.meta.url))
const graphQLLimits = readGraphQLLimits(process.env)
const origins = allowedOrigins(process.env)
const s3 = readS3Settings(process.env)

// Payload adds its own collections while sanitizing; their access and one broken route are fixed on the result.
export default buildConfig({
  admin: {
    user: Users.slug,
    // Gravatar is unreachable from mainland China and would also need a CSP exception.
    avatar: 'default',
    components: {
      // Each staff member's own dashboard, above Payload's collection cards.
      beforeDashboard: ['/src/admin/Dashboard#RoleDashboard'],
      afterNavLinks: ['/src/admin/NavLinks#NavLinks'],
      views: {
        calendar: { Component: '/src/admin/Calendar#CalendarView', path: '/calendar', exact: true, meta: { title: '内容日历 / Content calendar' } },
        kolImport: { Component: '/src/admin/KolImport#KolImportView', path: '/kol-import' },
      },
    },
    importMap: {
      baseDir: dirname,
      importMapFile: path.resolve(dirname, 'src/app/(payload)/admin/importMap.js'),
    },
    meta: { titleSuffix: ' · 种草 Zhongcao CMS' },
  },
  collections: [
    ContentAssets,
    Media,
    Kols,
    Campaigns,
    Collaborations,
    UgcSubmissions,
    UgcMedia,
    RewardCoupons,
    Brands,
    Products,
    Personas,
    Users,
    AuditLog,
    PublishFeed,
    Webhooks,
    WebhookDeliveries,
  ],
  // No cross-origin access unless CORS_ORIGINS lists the frontends (see src/config/origins.ts).
  cors: origins.cors,
  csrf: origins.csrf,
  db: databaseAdapter(process.env),
  editor: lexicalEditor(),
  // Depth 2 resolves relationships of relationships on every read; ask for more explicitly.
  defaultDepth: 1,
  maxDepth: 5,
  graphQL: {
    schemaOutputFile: path.resolve(dirname, 'schema.graphql'),
    queries: (graphQL, context) => ({ ...kolQueries(graphQL, context), ...publisherQueries(graphQL, context), ...ugcQueries(graphQL, context) }),
    mutations: (graphQL, context) => ({ ...publisherMutations(graphQL, context), ...ugcMutations(graphQL, context) }),
    disablePlaygroundInProduction: !isEnabled(process.env.GRAPHQL_PLAYGROUND),
    disableIntrospectionInProduction: !isEnabled(process.env.GRAPHQL_INTROSPECTION),
    maxComplexity: graphQLLimits.complexity,
    validationRules: queryLimitRules(graphQLLimits, { hideSuggestions: process.env.NODE_ENV === 'production' }),
  },
  jobs: {
    tasks: [publishDueVariantsTask, deliverWebhookTask, removeStagedUploadsTask],
    // The runner lives in the server process by default. With several server instances it runs in
    // one of them only, or in one `npm run jobs` process: every other process sets JOBS_RUNNER=false
    // and then neither queues scheduled jobs nor runs any (see docs/deploy.md).
    autoRun: () =>
      isJobsRunner(process.env)
        ? [
            { cron: '* * * * *', queue: PUBLISHING_QUEUE },
            // Every 5 s (croner's optional seconds field): a delivery leaves within seconds of the save,
            // and retries keep close to their backoff. Nothing is scheduled on this queue.
            { cron: '*/5 * * * * *', queue: WEBHOOKS_QUEUE, disableScheduling: true },
            { cron: '0 * * * *', queue: UGC_QUEUE },
          ]
        : [],
    access: { run: isAdmin, queue: isAdmin, cancel: isAdmin },
  },
  hooks: { afterError: [addGraphqlErrorCode] },
  i18n: {
    // Chinese first: the fallback for anyone who has not picked a language (see src/server/app.ts).
    fallbackLanguage: 'zh',
    supportedLanguages: { zh, en },
    translations: adminTranslations,
  },
  // Production logs JSON lines like the HTTP server; dev keeps Payload's readable output.
  logger: process.env.NODE_ENV === 'production' ? { options: loggerOptions('payload') } : undefined,
  onInit,
  // CSV export of the lists editors and KOL managers work in (KOLs have their own, in the import format).
  plugins: [
    listExportPlugin({ collections: ['content-assets', 'campaigns', 'collaborations', 'ugc-submissions', 'products', 'brands', 'personas'] }),
    // Media in an S3-compatible bucket when S3_* is set (src/config/s3Storage.ts), so every instance
    // serves every file. Files are still read through Payload's routes with its access rules; the
    // plugin's columns are in the schema either way, so disk and S3 share one migration history.
    s3Storage({
      enabled: s3 !== null,
      alwaysInsertFields: true,
      bucket: s3?.bucket ?? '',
      config: s3?.client ?? {},
      collections: { media: { prefix: S3_PREFIXES.media }, 'ugc-media': { prefix: S3_PREFIXES['ugc-media'] } },
    }),
    removeUploadTempFiles(),
    refuseOversizedArrays(),
  ],
  upload: {
    // Uploads go to temporary files, not memory: a few large videos must not exhaust the server.
    useTempFiles: true,
    tempFileDir: uploadTempDirectory(),
    limits: { fileSize: Number(process.env.UPLOAD_MAX_MB || 512) * 1024 * 1024 },
  },
  // Checked at server start-up (src/config/serverEnv.ts); an empty value also fails Payload's init.
  secret: process.env.PAYLOAD_SECRET ?? '',
  serverURL: process.env.SERVER_URL || undefined,
  sharp,
  telemetry: false,
  typescript: {
    outputFile: path.resolve(dirname, 'src/payload-types.ts'),
  },
}).then((config) => repairPreferenceDeletion(restrictPayloadInternals(config)))
