import { graphql } from './generated';

/** A stored evidence file as a change report or a removal case cites it (components/EvidenceLinks). */
export const EvidenceFileFieldsFragment = graphql(`
  fragment EvidenceFileFields on EvidenceFile {
    id
    fileName
    size
  }
`);
