import type { ProductCategory } from './types'

type Brand = { name: string; category: ProductCategory; protectedNames?: readonly string[] | null }
type Product = { name: string; category: ProductCategory }

/**
 * What the compliance scan needs to know about the brand and products a text speaks of: the
 * category whose rules apply (a product's own category is more specific than its brand's: a
 * beauty group selling snacks) and the names that contain listed terms but are names, not claims.
 */
export function complianceSubjectOf(brand: Brand | null | undefined, products: readonly Product[]): { category: ProductCategory; allowTerms: string[] } {
  return {
    category: products.find((product) => product.category !== 'other')?.category ?? brand?.category ?? 'other',
    allowTerms: [...(brand?.protectedNames ?? []), ...(brand ? [brand.name] : []), ...products.map((product) => product.name)],
  }
}
