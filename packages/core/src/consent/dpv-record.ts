import type { ConsentPurpose, ConsentRecord, ConsentStatus } from '../schemas/consent.js'

/** The JSON-LD context: W3C Data Privacy Vocabulary, Dublin Core terms, and Coproduce's own few words. */
export const DPV_CONTEXT = {
  dpv: 'https://w3id.org/dpv#',
  dct: 'http://purl.org/dc/terms/',
  xsd: 'http://www.w3.org/2001/XMLSchema#',
  coproduce: 'https://coproduce.dev/ns#',
  'dpv:isIndicatedAtTime': { '@type': 'xsd:dateTime' },
  'dct:created': { '@type': 'xsd:dateTime' },
  'coproduce:expiresAt': { '@type': 'xsd:dateTime' },
} as const

/** The DPV consent status concept for each stored status. */
export const DPV_STATUS: Readonly<Record<ConsentStatus, string>> = {
  given: 'dpv:ConsentGiven',
  refused: 'dpv:ConsentRefused',
  withdrawn: 'dpv:ConsentWithdrawn',
  expired: 'dpv:ConsentExpired',
}

/** One consent record as a JSON-LD node in DPV terms, after ISO/IEC TS 27560's consent record structure. */
export interface DpvConsentRecord {
  '@id': string
  '@type': 'dpv:ConsentRecord'
  'dct:identifier': string
  'dpv:hasDataSubject': { '@id': string; '@type': 'dpv:DataSubject' }
  'dpv:hasPurpose': {
    '@id': string
    '@type': 'dpv:Purpose'
    'dct:title': string
    'dct:description'?: string
    'dct:hasVersion': string
  }
  'dpv:hasPersonalData': { '@type': 'dpv:PersonalData'; 'dct:description': string }[]
  'dpv:hasRecipient': { '@type': 'dpv:ThirdParty'; 'dct:description': string }[]
  'dpv:hasConsentStatus': { '@id': string }
  'dpv:isIndicatedAtTime': string
  'dpv:isIndicatedBy': { '@id': string }
  'dpv:hasNotice': { '@type': 'dpv:ConsentNotice'; 'dct:description': string }
  /** How the decision was made: on screen (`widget`), on paper, or spoken (`verbal`). */
  'coproduce:method': ConsentRecord['method']
  'coproduce:expiresAt'?: string
}

/** A subject's consent records as one JSON-LD document for the organisation. */
export interface DpvConsentRecordDocument {
  '@context': typeof DPV_CONTEXT
  '@id': string
  'dct:created': string
  'dpv:hasDataSubject': { '@id': string; '@type': 'dpv:DataSubject' }
  '@graph': DpvConsentRecord[]
}

const urn = (kind: string, id: string) => `urn:coproduce:${kind}:${encodeURIComponent(id)}`

/**
 * Every record for one subject, oldest first, in DPV terms. The purpose is described as it stands now when its
 * version matches the record's; the record's own version number is always kept, so a yes to older words shows as such.
 */
export function dpvConsentRecords(
  subject: string,
  records: readonly ConsentRecord[],
  purpose: (id: string) => ConsentPurpose | undefined,
  issuedAt: string,
): DpvConsentRecordDocument {
  const dataSubject = { '@id': urn('subject', subject), '@type': 'dpv:DataSubject' as const }
  return {
    '@context': DPV_CONTEXT,
    '@id': urn('consent-records', subject),
    'dct:created': issuedAt,
    'dpv:hasDataSubject': dataSubject,
    '@graph': records.map((record) => {
      const p = purpose(record.purposeId)
      const node: DpvConsentRecord = {
        '@id': urn('consent', record.id),
        '@type': 'dpv:ConsentRecord',
        'dct:identifier': record.id,
        'dpv:hasDataSubject': dataSubject,
        'dpv:hasPurpose': {
          '@id': urn('purpose', record.purposeId),
          '@type': 'dpv:Purpose',
          'dct:title': p?.title ?? record.purposeId,
          ...(p && p.version === record.purposeVersion ? { 'dct:description': p.description } : {}),
          'dct:hasVersion': String(record.purposeVersion),
        },
        'dpv:hasPersonalData': (p?.dataCategories ?? []).map((c) => ({ '@type': 'dpv:PersonalData' as const, 'dct:description': c })),
        'dpv:hasRecipient': (p?.thirdParties ?? []).map((t) => ({ '@type': 'dpv:ThirdParty' as const, 'dct:description': t })),
        'dpv:hasConsentStatus': { '@id': DPV_STATUS[record.status] },
        'dpv:isIndicatedAtTime': record.at,
        'dpv:isIndicatedBy': { '@id': record.recordedBy === record.subject ? dataSubject['@id'] : urn('recorded-by', record.recordedBy) },
        'dpv:hasNotice': { '@type': 'dpv:ConsentNotice', 'dct:description': record.noticeText },
        'coproduce:method': record.method,
      }
      if (record.expiresAt !== undefined) node['coproduce:expiresAt'] = record.expiresAt
      return node
    }),
  }
}
