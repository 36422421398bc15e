import type { NodeKind } from '../vocabulary/node-kinds';
import type { RelationKind } from '../vocabulary/relation-kinds';
import type { EnglishConstruction } from './english-noun-phrase';
import type { FrenchConstruction } from './french-noun-phrase';

/**
 * How each relation kind is said. The verb agrees with the subject: in number in both languages
 * ("supplements"/"supplement", "est partie"/"sont parties"), and in gender in French where the
 * verb is built with être ("s'est tenu"/"s'est tenue"). The French object construction decides
 * the contraction ("à" + "le Mali" → "au Mali"); see `frenchNounPhrase`.
 */
export interface VerbForms {
  en: { s: string; p: string; object: EnglishConstruction };
  fr: { s: string; p: string; fs?: string; fp?: string; object: FrenchConstruction };
}

export interface RelationPhrase extends VerbForms {
  /**
   * Where one verb cannot serve every pair of ends: the first variant whose conditions hold
   * replaces the default. "porte sur" suits a text or a workshop, not a committee or a country
   * ("s'occupe de"); "is a form of" suits a singular concept, not a list ("is one of the").
   */
  variants?: ReadonlyArray<{ subjectKinds?: readonly NodeKind[]; objectNumber?: 'p' } & Partial<VerbForms>>;
}

const en = (s: string, p: string = s, object: EnglishConstruction = 'direct'): RelationPhrase['en'] => ({
  s,
  p,
  object,
});

export const RELATION_PHRASES: Record<RelationKind, RelationPhrase> = {
  SUPPLEMENTS: {
    en: en('supplements', 'supplement'),
    fr: { s: 'complète', p: 'complètent', object: 'direct' },
  },
  PARTY_TO: {
    en: en('is a party to', 'are parties to'),
    fr: { s: 'est partie', p: 'sont parties', object: 'a' },
  },
  SIGNED: { en: en('signed'), fr: { s: 'a signé', p: 'ont signé', object: 'direct' } },
  ADOPTED: { en: en('adopted'), fr: { s: 'a adopté', p: 'ont adopté', object: 'direct' } },
  ESTABLISHES: {
    en: en('establishes', 'establish'),
    fr: { s: 'institue', p: 'instituent', object: 'direct' },
  },
  ADDRESSES: {
    en: en('addresses', 'address'),
    fr: { s: 'porte sur', p: 'portent sur', object: 'direct' },
    variants: [
      { subjectKinds: ['INSTITUTION', 'PLACE'], fr: { s: "s'occupe", p: "s'occupent", object: 'de' } },
    ],
  },
  IMPLEMENTS: {
    en: en('implements', 'implement'),
    fr: { s: 'met en œuvre', p: 'mettent en œuvre', object: 'direct' },
  },
  APPLIES_IN: { en: en('applies in', 'apply in'), fr: { s: "s'applique", p: "s'appliquent", object: 'loc' } },
  BASED_IN: {
    en: en('is based in', 'are based in'),
    fr: { s: 'a son siège', p: 'ont leur siège', object: 'loc' },
  },
  LOCATED_IN: {
    en: en('is located in', 'are located in'),
    fr: { s: 'se trouve', p: 'se trouvent', object: 'loc' },
  },
  HELD_IN: {
    en: en('took place in'),
    fr: { s: "s'est tenu", fs: "s'est tenue", p: 'se sont tenus', fp: 'se sont tenues', object: 'loc' },
  },
  ORGANISED: { en: en('organised'), fr: { s: 'a organisé', p: 'ont organisé', object: 'direct' } },
  FUNDED: { en: en('funded'), fr: { s: 'a financé', p: 'ont financé', object: 'direct' } },
  PARTICIPATED_IN: { en: en('took part in'), fr: { s: 'a participé', p: 'ont participé', object: 'a' } },
  PART_OF: { en: en('is part of', 'are part of'), fr: { s: 'fait partie', p: 'font partie', object: 'de' } },
  LEADS: { en: en('leads', 'lead'), fr: { s: 'pilote', p: 'pilotent', object: 'direct' } },
  PARTNER_IN: {
    en: en('is a partner in', 'are partners in'),
    fr: { s: 'est partenaire', p: 'sont partenaires', object: 'de' },
  },
  COVERS: { en: en('covers', 'cover'), fr: { s: 'couvre', p: 'couvrent', object: 'direct' } },
  GUARDIAN_OF: {
    en: en('is the guardian of', 'are the guardians of'),
    fr: {
      s: 'est le gardien',
      fs: 'est la gardienne',
      p: 'sont les gardiens',
      fp: 'sont les gardiennes',
      object: 'de',
    },
  },
  SUPPORTS: { en: en('supports', 'support'), fr: { s: 'appuie', p: 'appuient', object: 'direct' } },
  BENEFICIARY_OF: { en: en('benefited from'), fr: { s: 'a bénéficié', p: 'ont bénéficié', object: 'de' } },
  CONTRIBUTES_TO: {
    en: en('contributes to', 'contribute to'),
    fr: { s: 'contribue', p: 'contribuent', object: 'a' },
  },
  DISTINGUISHED_FROM: {
    en: en('is distinguished from', 'are distinguished from'),
    fr: { s: 'se distingue', p: 'se distinguent', object: 'de' },
  },
  FORM_OF: {
    en: en('is a form of', 'are forms of', 'bare'),
    fr: { s: 'est une forme', p: 'sont des formes', object: 'de-bare' },
    variants: [
      {
        objectNumber: 'p',
        en: en('is one of the', 'are among the', 'bare'),
        fr: { s: 'fait partie', p: 'font partie', object: 'de' },
      },
    ],
  },
  REPRESENTED: { en: en('represented'), fr: { s: 'a représenté', p: 'ont représenté', object: 'direct' } },
  GIVES_EFFECT_TO: {
    en: en('gives effect to', 'give effect to'),
    fr: { s: 'donne effet', p: 'donnent effet', object: 'a' },
  },
  DEFINES: { en: en('defines', 'define'), fr: { s: 'définit', p: 'définissent', object: 'direct' } },
  CRIMINALISES: {
    en: en('criminalises', 'criminalise'),
    fr: { s: 'incrimine', p: 'incriminent', object: 'direct' },
  },
  PARTICIPANTS_FROM: {
    en: en('drew participants from'),
    fr: { s: 'a réuni des participants venus', p: 'ont réuni des participants venus', object: 'de' },
  },
  HELD_DURING: {
    en: en('took place during'),
    fr: { s: 'a eu lieu pendant', p: 'ont eu lieu pendant', object: 'direct' },
  },
  AIMS_AT: {
    en: en('aims at', 'aim at'),
    fr: { s: 'a pour objectif', p: 'ont pour objectif', object: 'direct' },
    // An event is over: its objective is told in the past.
    variants: [
      {
        subjectKinds: ['EVENT'],
        en: en('aimed at'),
        fr: { s: 'avait pour objectif', p: 'avaient pour objectif', object: 'direct' },
      },
    ],
  },
  PLAYS_ROLE_IN: {
    en: en('plays a role in', 'play a role in'),
    fr: { s: 'joue un rôle dans', p: 'jouent un rôle dans', object: 'direct' },
  },
  REQUESTED: { en: en('requested'), fr: { s: 'a demandé', p: 'ont demandé', object: 'direct' } },
  FACTOR_IN: {
    en: en('is a factor in', 'are factors in', 'bare'),
    fr: { s: 'est un facteur', p: 'sont des facteurs', object: 'de-bare' },
  },
  ORIGIN_TRANSIT_DESTINATION_OF: {
    en: en(
      'is a place of origin, transit or destination of',
      'are places of origin, transit or destination of',
    ),
    fr: {
      s: "est un lieu d'origine, de transit ou de destination",
      p: "sont des lieux d'origine, de transit ou de destination",
      object: 'de',
    },
  },
  FOLLOWS: { en: en('follows', 'follow'), fr: { s: 'suit', p: 'suivent', object: 'direct' } },
  CONDUCTED: { en: en('conducted'), fr: { s: 'a animé', p: 'ont animé', object: 'direct' } },
  SUPERVISED: { en: en('supervised'), fr: { s: 'a supervisé', p: 'ont supervisé', object: 'direct' } },
  PROVIDES_FOR: {
    en: en('provides for', 'provide for'),
    fr: { s: 'prévoit', p: 'prévoient', object: 'direct' },
  },
  GOVERNS: { en: en('governs', 'govern'), fr: { s: 'régit', p: 'régissent', object: 'direct' } },
  RATIFIES: { en: en('ratifies', 'ratify'), fr: { s: 'ratifie', p: 'ratifient', object: 'direct' } },
};
