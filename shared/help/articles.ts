/**
 * The articles the field help cites, each with the regulation's words: the
 * Latvian text of the GDPR (VDAR) in Latvian quotes „…”, the English text in
 * English quotes. Terms follow the glossary (personas dati, pārzinis,
 * apstrādātājs, saņēmējs, NIDA...). One constant per article, so two fields
 * citing the same article cite it in the same words.
 */
import type { Article } from './define.ts';

export const A30_1_A: Article = ['VDAR 30. panta 1. punkta a) apakšpunkts: „pārziņa … vārds un kontaktinformācija”', 'GDPR Art. 30(1)(a): "the name and contact details of the controller"'];
export const A30_1_B: Article = ['VDAR 30. panta 1. punkta b) apakšpunkts: „apstrādes nolūki”', 'GDPR Art. 30(1)(b): "the purposes of the processing"'];
export const A30_1_C: Article = ['VDAR 30. panta 1. punkta c) apakšpunkts: „datu subjektu kategoriju un personas datu kategoriju apraksts”', 'GDPR Art. 30(1)(c): "a description of the categories of data subjects and of the categories of personal data"'];
export const A30_1_D: Article = ['VDAR 30. panta 1. punkta d) apakšpunkts: „to saņēmēju kategorijas, kuriem personas dati ir izpausti vai kuriem tos izpaudīs”', 'GDPR Art. 30(1)(d): "the categories of recipients to whom the personal data have been or will be disclosed"'];
export const A30_1_E: Article = ['VDAR 30. panta 1. punkta e) apakšpunkts: „personas datu nosūtīšana uz trešo valsti vai starptautisku organizāciju”', 'GDPR Art. 30(1)(e): "transfers of personal data to a third country or an international organisation"'];
export const A30_1_F: Article = ['VDAR 30. panta 1. punkta f) apakšpunkts: „paredzētie termiņi dažādu kategoriju datu dzēšanai”', 'GDPR Art. 30(1)(f): "the envisaged time limits for erasure of the different categories of data"'];
export const A30_1_G: Article = ['VDAR 30. panta 1. punkta g) apakšpunkts: „tehnisko un organizatorisko drošības pasākumu vispārīgs apraksts”', 'GDPR Art. 30(1)(g): "a general description of the technical and organisational security measures"'];
export const A30_2_A: Article = ['VDAR 30. panta 2. punkta a) apakšpunkts: „katra pārziņa, kura vārdā apstrādātājs rīkojas, … vārds un kontaktinformācija”', 'GDPR Art. 30(2)(a): "the name and contact details of … each controller on behalf of which the processor is acting"'];
export const A30_2_B: Article = ['VDAR 30. panta 2. punkta b) apakšpunkts: „apstrādes kategorijas, kas veiktas katra pārziņa vārdā”', 'GDPR Art. 30(2)(b): "the categories of processing carried out on behalf of each controller"'];
export const A30_3: Article = ['VDAR 30. panta 3. punkts: reģistru uztur „rakstiskā formā, tostarp elektroniskā formā”', 'GDPR Art. 30(3): the records "shall be in writing, including in electronic form"'];
export const A5_2: Article = ['VDAR 5. panta 2. punkts: pārzinis spēj atbilstību „uzskatāmi parādīt” („pārskatatbildība”)', 'GDPR Art. 5(2): the controller shall "be able to demonstrate compliance" ("accountability")'];
export const A5_1_E: Article = ['VDAR 5. panta 1. punkta e) apakšpunkts: dati tiek glabāti „ne ilgāk, kā nepieciešams nolūkiem”', 'GDPR Art. 5(1)(e): kept "for no longer than is necessary for the purposes"'];
export const A6_1: Article = ['VDAR 6. panta 1. punkts: apstrāde ir likumīga, „ciktāl ir piemērojams vismaz viens no turpmāk minētajiem pamatiem”', 'GDPR Art. 6(1): processing is lawful "only if and to the extent that at least one of the following applies"'];
export const A6_1_F: Article = ['VDAR 6. panta 1. punkta f) apakšpunkts: „apstrāde ir vajadzīga pārziņa vai trešās personas leģitīmo interešu ievērošanai”', 'GDPR Art. 6(1)(f): "necessary for the purposes of the legitimate interests pursued by the controller or by a third party"'];
export const A9_2: Article = ['VDAR 9. panta 2. punkts: aizliegumu „nepiemēro, ja ir izpildīts viens no turpmāk minētajiem nosacījumiem”', 'GDPR Art. 9(2): the prohibition "shall not apply if one of the following applies"'];
export const A10: Article = ['VDAR 10. pants: apstrāde, kas attiecas uz sodāmību un pārkāpumiem, ir „atļauta ar Savienības vai dalībvalsts tiesību aktiem”', 'GDPR Art. 10: processing of data relating to criminal convictions must be "authorised by Union or Member State law"'];
export const A14_2_F: Article = ['VDAR 14. panta 2. punkta f) apakšpunkts: „no kāda avota personas dati iegūti”', 'GDPR Art. 14(2)(f): "from which source the personal data originate"'];
export const A26_1: Article = ['VDAR 26. panta 1. punkts: kopīgi pārziņi pienākumus nosaka „savstarpējas vienošanās veidā”', 'GDPR Art. 26(1): joint controllers determine their responsibilities "by means of an arrangement between them"'];
export const A28_3: Article = ['VDAR 28. panta 3. punkts: apstrādi „reglamentē līgums vai cits juridisks akts”', 'GDPR Art. 28(3): processing by a processor "shall be governed by a contract or other legal act"'];
export const A28_2: Article = ['VDAR 28. panta 2. punkts: apstrādātājs „nepiesaista citu apstrādātāju bez pārziņa … rakstiskas atļaujas”', 'GDPR Art. 28(2): the processor "shall not engage another processor without prior specific or general written authorisation"'];
export const A22_1: Article = ['VDAR 22. panta 1. punkts: lēmums, „kura pamatā ir tikai automatizēta apstrāde, tostarp profilēšana”', 'GDPR Art. 22(1): "a decision based solely on automated processing, including profiling"'];
export const A22_2: Article = ['VDAR 22. panta 2. punkts: lēmums ir atļauts, ja tas vajadzīgs līguma izpildei, atļauts ar tiesību aktu vai balstās uz „nepārprotamu piekrišanu”', 'GDPR Art. 22(2): allowed when necessary for a contract, authorised by law, or based on "explicit consent"'];
export const A4_4: Article = ['VDAR 4. panta 4. punkts: „profilēšana” ir automatizēta apstrāde, ko izmanto, lai izvērtētu personiskus aspektus', 'GDPR Art. 4(4): "profiling" means automated processing used to evaluate personal aspects'];
export const A13_2_F: Article = ['VDAR 13. panta 2. punkta f) apakšpunkts: „jēgpilna informācija par loģiku, kas ietverta”', 'GDPR Art. 13(2)(f): "meaningful information about the logic involved"'];
export const A35_1: Article = ['VDAR 35. panta 1. punkts: pārzinis veic „ietekmes uz personas datu aizsardzību novērtējumu”', 'GDPR Art. 35(1): the controller carries out "an assessment of the impact of the envisaged processing operations on the protection of personal data"'];
export const A35_11: Article = ['VDAR 35. panta 11. punkts: „vajadzības gadījumā pārzinis veic pārskatīšanu”', 'GDPR Art. 35(11): "where necessary, the controller shall carry out a review"'];
export const A32_1: Article = ['VDAR 32. panta 1. punkts: pārzinis īsteno „atbilstošus tehniskos un organizatoriskos pasākumus”', 'GDPR Art. 32(1): the controller implements "appropriate technical and organisational measures"'];
export const A44: Article = ['VDAR 44. pants: nosūtīšana uz trešo valsti notiek tikai, ja ievēroti „šajā nodaļā paredzētie nosacījumi”', 'GDPR Art. 44: a transfer takes place only if "the conditions laid down in this Chapter are complied with"'];
export const A46_1: Article = ['VDAR 46. panta 1. punkts: nosūtīšana, ja sniegtas „atbilstošas garantijas”', 'GDPR Art. 46(1): a transfer where the controller "has provided appropriate safeguards"'];
export const A49_1: Article = ['VDAR 49. panta 1. punkta otrā daļa: nosūtīšana „pārliecinošu leģitīmo interešu” dēļ', 'GDPR Art. 49(1), second subparagraph: a transfer for "compelling legitimate interests"'];
export const A45_1: Article = ['VDAR 45. panta 1. punkts: valsts, kas „nodrošina aizsardzības līmeni, kas ir pietiekams”', 'GDPR Art. 45(1): a country that "ensures an adequate level of protection"'];
export const A37_7: Article = ['VDAR 37. panta 7. punkts: pārzinis „publicē datu aizsardzības speciālista kontaktinformāciju”', 'GDPR Art. 37(7): the controller "shall publish the contact details of the data protection officer"'];
export const A27_1: Article = ['VDAR 27. panta 1. punkts: pārzinis ārpus Savienības „rakstiski ieceļ pārstāvi Savienībā”', 'GDPR Art. 27(1): a controller outside the Union "shall designate in writing a representative in the Union"'];
export const A17_1: Article = ['VDAR 17. panta 1. punkts: datu subjekta tiesības panākt, lai pārzinis „bez nepamatotas kavēšanās dzēstu”', 'GDPR Art. 17(1): the right to obtain erasure "without undue delay"'];
