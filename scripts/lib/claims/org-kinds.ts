/** What organisations are called: the generic nouns for them, which of those name one another, and company-name endings. */

/** Generic nouns for organisations: "the company", "the agency". */
export const ORG_KINDS = new Set(
  `company firm operator owner group agency service ministry department office council embassy union airline carrier utility
  network hospital authority inspectorate regulator government commission committee association organisation organization
  charity institute university court police bank lender insurer retailer supermarket carmaker drugmaker manufacturer broadcaster airport port prison school zoo museum stadium chamber bureau board federation coalition alliance trust panel society laboratory
  promoter organiser organizer contractor developer supplier distributor builder center centre outfitter watchdog newspaper daily municipality
  directorate secretariat superintendency league club city prefecture`.split(/\s+/),
);

/** Capitalised kinds that end a name whose fields "and" joins: "Parks and Wildlife Service", "Food and Drug Administration". */
export const AND_BODY = String.raw`(?:Service|Agency|Administration|Authority|Executive|Commission|Association|Board|Institute|Bureau|Trust|Society|Foundation|Council|Department|Federation)`;

/** Kinds that name one another: an intelligence "agency" may be a "service". */
export const SAME_KIND: Record<string, string[]> = {
  agency: ['service', 'office', 'authority'], service: ['agency'], authority: ['agency'], firm: ['company'], company: ['firm', 'operator', 'bank', 'lender', 'insurer', 'retailer', 'carmaker', 'drugmaker', 'manufacturer', 'airline', 'promoter', 'organiser', 'organizer', 'contractor', 'developer', 'supplier', 'distributor', 'builder'],
  operator: ['company'], newspaper: ['daily'], daily: ['newspaper'], council: ['municipality'], municipality: ['council'], airline: ['carrier'], carrier: ['airline'], bank: ['lender'], lender: ['bank'], regulator: ['agency', 'authority', 'commission', 'inspectorate', 'regulatory', 'watchdog', 'directorate', 'superintendency'], watchdog: ['regulator', 'agency', 'authority', 'commission', 'directorate', 'superintendency'], drugmaker: ['manufacturer', 'company'], manufacturer: ['company', 'drugmaker', 'carmaker'],
};

/** Last words of company names: "Kestrel Cell Technologies", "Nordvakt AS", "Desert Basin Electric". */
export const COMPANY_ENDING = /^(?:ltd|inc|llc|corp|corporation|plc|s\.a|sa|spa|s\.p\.a|ag|as|asa|ab|nv|bv|oy|gmbh|co|pty|transportes|minerals|resources|holdings|technologies|technology|systems|pharmaceuticals|pharma|motors|airlines|airways|air|energy|electric|industries|chemie|chemicals|foods|logistics|solutions|labs|laboratories|aerospace|orbital|dynamics|robotics|shipping|telecom|software|ventures|enterprises|cruises)$/i;

/** Capitalised words that name no organisation, whatever comes before them ("a memorial service Sunday"). */
export const NOT_ONE_WORD_ORG = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|The|A|An|This|That|It|He|She|They|We|I)$/;
