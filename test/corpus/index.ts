import type { CorpusFamily } from './types'

import { deepNesting } from './deepNesting'
import { hugeInputs } from './hugeInputs'
import { malformedSyntax } from './malformedSyntax'
import { pathTraversal } from './pathTraversal'
import { prototypePollution } from './prototypePollution'
import { queryBombs } from './queryBombs'
import { unicodeEdgeCases } from './unicodeEdgeCases'
import { uploads } from './uploads'
import { whereInjection } from './whereInjection'
import { wrongTypes } from './wrongTypes'
import { xssPayloads } from './xssPayloads'

/** Every family of hostile input, in the order the runner sends them (uploads last: the slowest to build). */
export const CORPUS: readonly CorpusFamily[] = [
  malformedSyntax,
  wrongTypes,
  hugeInputs,
  deepNesting,
  queryBombs,
  unicodeEdgeCases,
  whereInjection,
  prototypePollution,
  xssPayloads,
  pathTraversal,
  uploads,
]

export const FAMILY_NAMES = [
  'malformed-syntax',
  'wrong-types',
  'huge-inputs',
  'deep-nesting',
  'query-bombs',
  'unicode',
  'where-injection',
  'prototype-pollution',
  'xss',
  'path-traversal',
  'uploads',
]
