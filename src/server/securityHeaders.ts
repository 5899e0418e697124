import helmet from 'helmet'

/**
 * Helmet with a Content-Security-Policy the Payload admin works under. Next inlines its bootstrap
 * scripts and Payload's UI sets inline styles, so both need 'unsafe-inline'; dev additionally needs
 * eval and a websocket for hot reload. Nothing is loaded from other origins.
 */
export function securityHeaders({ dev, https }: { dev: boolean; https: boolean }) {
  return helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        'default-src': ["'self'"],
        'base-uri': ["'self'"],
        'connect-src': ["'self'", ...(dev ? ['ws:', 'wss:'] : [])],
        'font-src': ["'self'", 'data:'],
        'form-action': ["'self'"],
        // The admin's live preview frames the brand's own pages; nobody else may frame us.
        'frame-ancestors': ["'self'"],
        'img-src': ["'self'", 'data:', 'blob:'],
        'media-src': ["'self'", 'blob:'],
        'object-src': ["'none'"],
        'script-src': ["'self'", "'unsafe-inline'", ...(dev ? ["'unsafe-eval'"] : [])],
        'style-src': ["'self'", "'unsafe-inline'"],
        'worker-src': ["'self'", 'blob:'],
        ...(https ? { 'upgrade-insecure-requests': [] } : {}),
      },
    },
    // HSTS over plain HTTP is ignored by browsers and would pin a future HTTPS host by accident.
    strictTransportSecurity: https,
  })
}
