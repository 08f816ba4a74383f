'use client'

import { useConfig, useRowLabel } from '@payloadcms/ui'
import React, { useEffect, useState } from 'react'

import { relationId } from '../utilities/relationId.js'

type ProductValue = null | number | string | { id: number | string; name?: null | string }

interface MentionRow {
  context?: null | string
  product?: ProductValue
}

/** One request per product for the whole admin session: a post lists the same products often. */
const names = new Map<string, Promise<null | string>>()

const fetchName = (url: string): Promise<null | string> => {
  let name = names.get(url)
  if (!name) {
    name = fetch(url, { credentials: 'include' })
      .then((res): Promise<{ name?: null | string }> | { name?: null } => (res.ok ? res.json() : {}))
      .then((doc) => doc.name ?? null)
      .catch(() => null)
    names.set(url, name)
  }
  return name
}

const shorten = (text: string, length = 70): string =>
  text.length <= length ? text : `${text.slice(0, text.lastIndexOf(' ', length) > 0 ? text.lastIndexOf(' ', length) : length)}…`

/**
 * The label of a mention row: the product's name and the start of its sentence, instead of
 * Payload's "Mentioned product 01", so an editor can find a product in a collapsed list.
 */
export const MentionRowLabel = ({ productsSlug }: { productsSlug: string }) => {
  const { data, rowNumber } = useRowLabel<MentionRow>()
  const { config } = useConfig()
  const product = data?.product
  const populated = typeof product === 'object' && product ? product : undefined
  const id = product ? relationId(product) : undefined
  const [name, setName] = useState<null | string>(populated?.name ?? null)
  useEffect(() => {
    if (populated?.name || id === undefined || id === '') return
    let current = true
    const url = `${config.serverURL}${config.routes.api}/${productsSlug}/${encodeURIComponent(String(id))}?depth=0&select[name]=true`
    void fetchName(url).then((found) => current && setName(found))
    return () => {
      current = false
    }
  }, [config.routes.api, config.serverURL, id, populated?.name, productsSlug])
  const sentence = data?.context?.trim()
  return (
    <span className="newsroom-mention-label">
      {name ?? `Mentioned product ${String((rowNumber ?? 0) + 1).padStart(2, '0')}`}
      {sentence ? ` — “${shorten(sentence)}”` : ''}
    </span>
  )
}
