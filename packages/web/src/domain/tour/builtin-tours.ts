import type { NodeKind } from '../../gql/graphql';
import { stepView, type Tour } from '../view-state/view-state';

/**
 * The articles of the instruments (the legal model's provisions): dozens around a convention,
 * which a step about the convention as a whole does not need on a projector.
 */
const PROVISIONS: NodeKind = 'PROVISION';

/**
 * Mali's framework in seven steps, for workshops. Every caption says only what the graph holds
 * (the relations and dates of graph-seeds, checked against the API); an analyst's reading is
 * called one. Each step shows the framework as it stood that year (asOf).
 */
export const MALI_FRAMEWORK_TOUR: Tour = {
  id: 'mali-framework',
  title: {
    en: "Mali's framework against trafficking, 2000–2019",
    fr: 'Le cadre malien contre la traite, 2000-2019',
  },
  steps: [
    {
      title: { en: 'The Convention and its protocols (2000)', fr: 'La Convention et ses protocoles (2000)' },
      caption: {
        en: 'On 15 November 2000 the UN General Assembly adopted the Convention against Transnational Organized Crime, with the protocols on trafficking in persons and on smuggling of migrants that supplement it. The Convention opened for signature in Palermo in December 2000; UNODC is its guardian.',
        fr: "Le 15 novembre 2000, l'Assemblée générale des Nations Unies adopte la Convention contre la criminalité transnationale organisée, avec les protocoles relatifs à la traite des personnes et au trafic illicite de migrants qui la complètent. La Convention est ouverte à la signature à Palerme en décembre 2000 ; l'ONUDC en est le gardien.",
      },
      view: stepView({
        focus: 'un-untoc',
        asOf: '2000',
        hiddenNodeKinds: [PROVISIONS],
        selected: { type: 'node', id: 'un-untoc' },
      }),
    },
    {
      title: {
        en: 'Mali ratifies (2002) and becomes a party (2003–2004)',
        fr: 'Le Mali ratifie (2002) et devient partie (2003-2004)',
      },
      caption: {
        en: 'On 12 April 2002 Mali ratified the Convention and its protocols on trafficking in persons and on smuggling of migrants. It became a party as each entered into force for it, 30 days after the deposit but not before the treaty itself: the Convention on 29 September 2003, the Trafficking in Persons Protocol on 25 December 2003, the Smuggling of Migrants Protocol on 28 January 2004 (dates computed by that rule). In 2002 Mali also developed a child protection code (read here as Ordinance No. 02-062: an analyst’s reading).',
        fr: "Le 12 avril 2002, le Mali ratifie la Convention et ses protocoles relatifs à la traite des personnes et au trafic illicite de migrants. Il devient partie à chacun à son entrée en vigueur à son égard, 30 jours après le dépôt mais pas avant le traité lui-même : la Convention le 29 septembre 2003, le Protocole relatif à la traite des personnes le 25 décembre 2003, le Protocole relatif au trafic illicite de migrants le 28 janvier 2004 (dates calculées selon cette règle). En 2002, le Mali élabore aussi un code de protection de l'enfant (lu ici comme l'ordonnance n°02-062 : une lecture d'analyste).",
      },
      view: stepView({
        focus: 'ml-mali',
        asOf: '2004',
        hiddenNodeKinds: ['PLACE'],
        selected: { type: 'relation', id: 'ml-mali.PARTY_TO.un-tip-protocol' },
      }),
    },
    {
      title: {
        en: 'Decree 2011-036 establishes the Committee (2011)',
        fr: 'Le décret 2011-036 institue le Comité (2011)',
      },
      caption: {
        en: 'On 3 February 2011 the Government of Mali adopted Decree No. 2011-036/PM-RM, which establishes the National Coordination Committee for Combating Trafficking in Persons and Assimilated Practices.',
        fr: 'Le 3 février 2011, le Gouvernement du Mali adopte le décret n°2011-036/PM-RM, qui institue le Comité national de coordination de la lutte contre la traite des personnes et les pratiques assimilées.',
      },
      view: stepView({
        focus: 'ml-decree-2011-036',
        expanded: ['ml-committee-tip'],
        asOf: '2011',
        layout: 'dagre',
        selected: { type: 'relation', id: 'ml-decree-2011-036.ESTABLISHES.ml-committee-tip' },
      }),
    },
    {
      title: { en: 'Law 2012-023 (2012)', fr: 'La loi 2012-023 (2012)' },
      caption: {
        en: "On 12 July 2012 Mali adopted Law No. 2012-023 on combating trafficking in persons and related practices; the National Assembly adopted it that year. It addresses trafficking in persons, smuggling of migrants and related practices. The dashed line reads it as implementing the Trafficking in Persons Protocol: an analyst's reading, not a statement of the sources.",
        fr: "Le 12 juillet 2012, le Mali adopte la loi n°2012-023 relative à la lutte contre la traite des personnes et les pratiques assimilées ; l'Assemblée nationale l'adopte la même année. Elle porte sur la traite des personnes, le trafic illicite de migrants et les pratiques assimilées. Le trait pointillé la lit comme mettant en œuvre le Protocole relatif à la traite des personnes : une lecture d'analyste, non une affirmation des sources.",
      },
      view: stepView({
        focus: 'ml-law-2012-023',
        asOf: '2012',
        selected: { type: 'node', id: 'ml-law-2012-023' },
      }),
    },
    {
      title: { en: 'The National Action Plan 2015–2017', fr: "Le Plan d'action national 2015-2017" },
      caption: {
        en: 'The Committee adopted the National Action Plan (2015–2017) in December 2014 and implements it. The plan was launched in March 2016.',
        fr: "Le Comité adopte le Plan d'action national (2015-2017) en décembre 2014 et le met en œuvre. Le plan est lancé en mars 2016.",
      },
      view: stepView({
        focus: 'ml-nap-2015-2017',
        asOf: '2016',
        selected: { type: 'relation', id: 'ml-committee-tip.ADOPTED.ml-nap-2015-2017' },
      }),
    },
    {
      title: { en: 'GLO.ACT and the partners', fr: 'GLO.ACT et les partenaires' },
      caption: {
        en: 'GLO.ACT, the Global Action to Prevent and Address Trafficking in Persons and the Smuggling of Migrants (July 2015 to July 2019), is led by the European Union and UNODC, with IOM and UNICEF as partners. It covers Mali, among other countries.',
        fr: "GLO.ACT, l'Action mondiale contre la traite des personnes et le trafic illicite de migrants (juillet 2015 à juillet 2019), est dirigée par l'Union européenne et l'ONUDC, avec l'OIM et l'UNICEF pour partenaires. Elle couvre le Mali, parmi d'autres pays.",
      },
      view: stepView({
        focus: 'un-glo-act',
        asOf: '2016',
        selected: { type: 'relation', id: 'un-glo-act.COVERS.ml-mali' },
      }),
    },
    {
      title: { en: 'Trainings, 2017–2019', fr: 'Formations, 2017-2019' },
      caption: {
        en: 'The Committee benefited from a capacity-building workshop in Bamako (October–November 2017). UNODC then organised trainings for judicial police officers (Bamako, May 2018), community leaders (Bamako, October 2018), magistrates and prosecutors (Sikasso, October–November 2018) and child protection actors (March 2019). The “Timeline” layout places them by date.',
        fr: "Le Comité bénéficie d'un atelier de renforcement des capacités à Bamako (octobre-novembre 2017). L'ONUDC organise ensuite des formations pour les officiers de police judiciaire (Bamako, mai 2018), les leaders communautaires (Bamako, octobre 2018), les magistrats et procureurs (Sikasso, octobre-novembre 2018) et les acteurs de la protection de l'enfance (mars 2019). La disposition « Chronologie » les place par date.",
      },
      view: stepView({
        focus: 'un-unodc',
        asOf: '2019',
        layout: 'timeline',
        // The trainings, not the instruments of 2000–2015: the time axis then spans the years they
        // happened in, wide enough on a projector to label them.
        hiddenNodeKinds: ['INSTRUMENT', PROVISIONS],
        selected: { type: 'node', id: 'ml-2018-10-magistrates-training-sikasso' },
      }),
    },
  ],
};

export const BUILTIN_TOURS: readonly Tour[] = [MALI_FRAMEWORK_TOUR];

export const builtinTour = (id: string): Tour | undefined => BUILTIN_TOURS.find((t) => t.id === id);
