package org.vigil.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.vigil.ingest.Article;
import org.vigil.nlp.DateResolver;
import org.vigil.nlp.NumberParser;
import org.vigil.nlp.PartialDate;
import org.vigil.nlp.SentenceSplitter;
import org.vigil.resolve.ActorRegistry;
import org.vigil.resolve.Gazetteer;

/** Worked examples of the extractor over hand-written articles, with the real gazetteer and alias tables. */
class PatternIncidentExtractorTest {
    private static PatternIncidentExtractor extractor;
    private static Annotator annotator;
    private static Gazetteer gazetteer;

    @BeforeAll
    static void build() {
        gazetteer = Gazetteer.load();
        annotator = new Annotator(new SentenceSplitter(), new TriggerLexicon(), new DateResolver(), gazetteer,
                ActorRegistry.load(), new CasualtyParser(new NumberParser()));
        extractor = new PatternIncidentExtractor(annotator, gazetteer);
    }

    private static Article article(String text, String published) {
        return new Article("t", Optional.empty(), "", LocalDate.parse(published), "en", text, Article.paragraphsOf(text), "test");
    }

    private static List<IncidentMention> extract(String text, String published) {
        return extractor.extract(article(text, published));
    }

    @Test
    void theRelevanceModelHoldsAttacksAndSecurityEventsToTheirOwnThresholds() {
        String text = "A car bomb exploded outside a police station in Kandahar on Tuesday, killing nine people. "
                + "Police arrested two members of the cell on Wednesday. Fighting between the army and the rebels went on.";
        Article article = article(text, "2021-06-10");
        List<Candidate> candidates = extractor.candidates(article);
        RelevanceModel dropsEveryAttack = new RelevanceModel(java.util.Map.of(), -10, 0.5, 0.0);
        RelevanceModel dropsEverySecurityEvent = new RelevanceModel(java.util.Map.of(), -10, 0.0, 0.5);

        List<IncidentMention> kept = new PatternIncidentExtractor(annotator, gazetteer, dropsEveryAttack).extract(article);
        List<IncidentMention> attacksKept = new PatternIncidentExtractor(annotator, gazetteer, dropsEverySecurityEvent).extract(article);

        assertThat(candidates).anySatisfy(c -> assertThat(c.features()).contains("type:bombing", "date:own"));
        assertThat(candidates).anySatisfy(c -> assertThat(c.features()).contains("sec:", "sec:type:arrest").doesNotContain("type:arrest"));
        assertThat(kept).isNotEmpty().allSatisfy(m -> assertThat(m.type().family()).isEqualTo(IncidentType.Family.SECURITY_EVENT));
        assertThat(attacksKept).isNotEmpty().allSatisfy(m -> assertThat(m.type().family()).isEqualTo(IncidentType.Family.ATTACK));
        assertThat(new PatternIncidentExtractor(annotator, gazetteer, RelevanceModel.KEEP_ALL).extract(article))
                .hasSize(candidates.size());
    }

    @Test
    void aSecurityEventInWireCopySetInCapitalsHasFeaturesOfItsOwn() {
        String text = "POLICE ARRESTED TWO MEMBERS OF THE CELL THAT BOMBED THE EMBASSY IN LIMA ON WEDNESDAY, THE INTERIOR "
                + "MINISTRY SAID. THE TWO WERE TAKEN TO THE COUNTERTERRORISM DIVISION FOR QUESTIONING ABOUT THE ATTACK.";
        Article article = article(text, "1989-10-04");

        List<Candidate> candidates = extractor.candidates(article);

        assertThat(candidates).filteredOn(c -> c.mention().type() == IncidentType.ARREST).isNotEmpty()
                .allSatisfy(c -> assertThat(c.features()).contains("sec-caps:", "sec-caps:type:arrest").doesNotContain("sec:"));
    }

    @Test
    void anArrestDeniedIntendedOrOfDrugTraffickersProtestersOrCrowdsIsNoArrest() {
        List<String> notArrests = List.of(
                "It has been four days since the bombing of the bus in Lima and no one has been arrested.",
                "Troops launched an operation to arrest the gunmen who attacked the bank in Lima on Monday.",
                "The narcotics police arrested 8 drug traffickers in Lima on Monday and seized 1,200 kg of cocaine.",
                "About 60 demonstrators were beaten and then arrested in San Salvador on Monday, the media said.",
                "Over 5,000 people have been arrested in Lima since the attack on the bank, police said.",
                "The judge issued an arrest warrant for the guerrilla leader accused of the bombing.",
                "The rebels said two soldiers were captured in San Miguel on Monday.",
                "The army said the guerrilla casualties were 220 killed, 196 wounded and 22 captured in San Miguel.",
                "A judge ordered the provisional arrest of a colonel accused of the massacre of six priests in San Salvador.",
                "Investigators said a colonel supplied the grenades to those who are now under arrest for the bombing.");
        for (String text : notArrests) {
            assertThat(extract(text, "1989-10-04")).as(text).extracting(IncidentMention::type).doesNotContain(IncidentType.ARREST);
        }
        // A figure too long for any number type is read without failing the article.
        assertThat(extract("Police said 99999999999999999999999999 people were arrested after the bombing in Lima.", "1989-10-04")).isNotNull();
        assertThat(extract("The police arrested two drug traffickers suspected of the bombing of the bank in Lima on Monday.", "1989-10-04"))
                .extracting(IncidentMention::type).contains(IncidentType.ARREST);
    }

    @Test
    void aSentenceOpeningOnSimilarlyOrElsewhereTellsAnotherIncident() {
        List<IncidentMention> found = extract(
                "Rebels of the ELN blew up two oil pipelines in Colombia on Monday, causing heavy damage. "
                        + "The army said the pipelines would be repaired within a week. Oil exports were suspended. "
                        + "Similarly, three peasants have been shot to death by alleged EPL members in Montería.", "1990-02-20");

        assertThat(found).extracting(IncidentMention::type).containsExactly(IncidentType.BOMBING, IncidentType.ARMED_ASSAULT);
    }

    @Test
    void readsWireCopyWrappedAcrossLinesAsIfUnwrapped() {
        List<IncidentMention> found = extract("BOGOTA, 20 FEB 90 -- [TEXT] ELN GUERRILLAS BLEW\nUP A PRIVATE PLANE IN BUCARAMANGA.  THE REBELS\n"
                + "SHOT TO\nDEATH TWO PEASANTS IN CUCUTA.  TWO OTHER REBELS WERE KILLED IN A RURAL AREA IN\nCLASHES WITH AN ARMY PATROL.", "1990-02-20");

        assertThat(found).extracting(IncidentMention::type).containsExactly(IncidentType.BOMBING, IncidentType.ARMED_ASSAULT);
        assertThat(found.get(1).killed()).hasValue(2);
    }

    @Test
    void theFilingDateOfADatelineIsNoIncidentDateWhenTheTextGivesOne() {
        List<IncidentMention> found = extract("SAN SALVADOR, 3 JAN 90 -- [TEXT] THE ARMY HAS REPORTED THAT ABOUT 50 PEASANTS HAVE BEEN "
                + "KIDNAPPED BY THE FMLN IN SAN MIGUEL DEPARTMENT.  THE MASS KIDNAPPING TOOK PLACE ON 30 DECEMBER.  "
                + "THE SOURCE ADDED THAT THE PEASANTS WERE TAKEN TO AN UNKNOWN LOCATION.  THE ARMY IS LOOKING FOR THEM.", "1990-01-03");
        List<IncidentMention> undated = extract("SAN SALVADOR, 3 JAN 90 -- [TEXT] THE ARMY HAS REPORTED THAT ABOUT 50 PEASANTS HAVE BEEN "
                + "KIDNAPPED BY THE FMLN IN SAN MIGUEL DEPARTMENT.  THE SOURCE ADDED THAT THE PEASANTS WERE TAKEN TO AN UNKNOWN LOCATION.  "
                + "THE ARMY IS LOOKING FOR THEM.  THE FMLN HAS NOT COMMENTED.", "1990-01-03");

        assertThat(found).singleElement().satisfies(m -> assertThat(m.date()).hasValue(PartialDate.ofDay(LocalDate.of(1989, 12, 30))));
        assertThat(undated).singleElement().satisfies(m -> assertThat(m.date()).hasValue(PartialDate.ofDay(LocalDate.of(1990, 1, 3))));
    }

    @Test
    void theDatelinePlaceGivesWayToAnyPlaceTheSentenceNamesAndATownInAGroupNameIsNone() {
        assertThat(extract("BOGOTA, 21 JAN 89 (DPA) -- [TEXT] TWO LEADERS OF THE PATRIOTIC UNION WERE KILLED BY UNKNOWN PERSONS "
                + "NEAR FOOBAR MUNICIPALITY, TOLIMA DEPARTMENT.", "1989-01-21"))
                .singleElement().satisfies(m -> assertThat(m.place()).hasValue("Tolima"));
        assertThat(extract("BOGOTA, 21 JAN 89 (DPA) -- [TEXT] TWO PEASANTS WERE KILLED BY UNKNOWN PERSONS TODAY IN THE UNITED STATES EMBASSY.", "1989-01-21"))
                .singleElement().satisfies(m -> assertThat(m.place()).hasValue("Bogotá"));
        assertThat(extract("BOGOTA, 21 JAN 89 (DPA) -- [TEXT] TWO U.S. CITIZENS WERE KILLED BY UNKNOWN PERSONS TODAY.", "1989-01-21"))
                .singleElement().satisfies(m -> assertThat(m.country()).hasValue("CO"));
        assertThat(extract("A man bombed the Pan Am terminal at Los Angeles International Airport, killing three.", "1974-07-01"))
                .singleElement().satisfies(m -> assertThat(m.place()).hasValue("Los Angeles"));
        assertThat(extract("LIMA, 14 MAY 89 (EFE) -- [TEXT] A BOMB PLANTED BY THE TUPAC AMARU REVOLUTIONARY MOVEMENT EXPLODED TODAY.", "1989-05-14"))
                .singleElement().satisfies(m -> assertThat(m.place()).hasValue("Lima"));
    }

    @Test
    void anIncidentKeepsTheKindItWasFirstReportedAs() {
        List<IncidentMention> found = extract("Gunmen opened fire on a police post in Kandahar on Monday, killing two officers. "
                + "The attackers also threw a grenade at the post before they fled. Police said the gunmen escaped on motorbikes. "
                + "No group said it carried out the attack.", "2021-06-08");

        assertThat(found).singleElement().satisfies(m -> assertThat(m.type()).isEqualTo(IncidentType.ARMED_ASSAULT));
    }

    @Test
    void anUnplacedIncidentOfAGroupActiveInOneCountryHappenedThere() {
        assertThat(extract("FARC rebels blew up an oil pipeline on Monday, officials said.", "2001-06-05"))
                .singleElement().satisfies(m -> assertThat(m.country()).hasValue("CO"));
        assertThat(extract("Islamic State militants blew up a bridge on Monday, officials said.", "2016-06-07"))
                .singleElement().satisfies(m -> assertThat(m.country()).isEmpty());
    }

    @Test
    void anEventThatOnlyTellsWhenIsNoReferenceBackAndALaterIncidentTakesTheDayOfTheOneBefore() {
        List<IncidentMention> found = extract("The first blast came at about 9.20 p.m. on Friday outside the Stade de France in Saint-Denis. "
                + "Three bombers blew themselves up near the stadium over the following half hour, killing one passer-by. "
                + "Hollande was taken to safety.\n\nMinutes after the first explosion, gunmen firing assault rifles from a black car "
                + "began targeting people on the terraces of bars and restaurants.", "2015-11-14");

        assertThat(found).extracting(IncidentMention::type).contains(IncidentType.ARMED_ASSAULT);
        assertThat(found).filteredOn(m -> m.type() == IncidentType.ARMED_ASSAULT).singleElement()
                .satisfies(m -> assertThat(m.date()).hasValue(PartialDate.ofDay(LocalDate.of(2015, 11, 13))));
    }

    @Test
    void aSentenceOfFiguresAloneCompletesTheIncidentJustTold() {
        List<IncidentMention> found = extract("Gunmen stormed the Westgate mall in Nairobi on Saturday, killing 67 people. "
                + "About 175 people were wounded. So far this year 300 people have been injured in such attacks across the region. "
                + "The siege lasted four days.", "2013-09-25");

        assertThat(found).singleElement().satisfies(m -> {
            assertThat(m.killed()).hasValue(67);
            assertThat(m.injured()).hasValue(175);
        });
    }

    @Test
    void aNumberBeforeAVerbCountsTheAttackersNotAttacks() {
        assertThat(extract("Seven gunmen took hostages at the Indonesian Consulate in Amsterdam.", "1975-12-04"))
                .singleElement().satisfies(m -> assertThat(m.type()).isEqualTo(IncidentType.HOSTAGE_TAKING));
        assertThat(extract("There were 21 attempted attacks in nine countries last year.", "2024-03-27")).isEmpty();
    }

    @Test
    void readsChronologiesInThePresentTenseButNoChargeInCourt() {
        assertThat(extract("FARC members murder 12 peasants in rural Cimitarra, Santander.", "1978-08-14"))
                .singleElement().satisfies(m -> assertThat(m.killed()).hasValue(12));
        assertThat(extract("The IRA shot and injured three people at the Churchill Hotel in London.", "1974-12-14"))
                .singleElement().satisfies(m -> assertThat(m.type()).isEqualTo(IncidentType.ARMED_ASSAULT));
        assertThat(extract("Kasab, 22, had been found guilty on Monday of murder, waging war against India and other charges.", "2010-05-04"))
                .isEmpty();
    }

    @Test
    void anArmedGroupNamedAnArmyIsNoArmyAndPresentTenseChroniclesAreRead() {
        assertThat(extract("Five members of the Japanese Red Army hijack Japan Airlines Flight 472 and demand $6 million.", "1977-09-28"))
                .singleElement().satisfies(m -> assertThat(m.type()).isEqualTo(IncidentType.HIJACKING));
        assertThat(extract("Two men believed to be members of the Abu Nidal Organization open fire on a Jewish restaurant in Paris.", "1982-08-09"))
                .singleElement().satisfies(m -> assertThat(m.type()).isEqualTo(IncidentType.ARMED_ASSAULT));
        assertThat(extract("The army bombed rebel positions in the north on Monday.", "2016-06-07")).isEmpty();
    }

    @Test
    void thePerpetratorIsTheGroupThatDidItNotTheOneAttackedOrReporting() {
        List<IncidentMention> found = extract(
                "Police said a bomb exploded outside a market in Kandahar on Tuesday, killing nine people. "
                        + "The bombing was carried out by the Taliban, officials said.", "2021-06-10");

        assertThat(found).singleElement().satisfies(m -> assertThat(m.perpetrator()).contains("Taliban"));
    }

    @Test
    void anArrestOrderedProtestedOrTakenInBattleIsNoArrest() {
        assertThat(extract("A court revoked the warrant for the arrest of the guerrilla leader accused of the bombing.", "1989-10-02")).extracting(IncidentMention::type).doesNotContain(IncidentType.ARREST);
        assertThat(extract("Unions protested against the arrest of 12 activists accused of terrorism.", "1989-10-02")).extracting(IncidentMention::type).doesNotContain(IncidentType.ARREST);
        assertThat(extract("After clashes with the army, the rebels said they captured two soldiers.", "1989-10-02")).extracting(IncidentMention::type).doesNotContain(IncidentType.ARREST);
        assertThat(extract("Police arrested two guerrillas suspected of the bombing in Lima on Monday.", "1989-10-04"))
                .filteredOn(m -> m.type() == IncidentType.ARREST).hasSize(1);
    }

    @Test
    void deathsInAnAccidentAnOperationOrYearsOfViolenceAreNoAttack() {
        assertThat(extract("A cargo plane crashed into a residential area of Guatemala City on Sunday, killing 17 people.", "1990-05-06")).isEmpty();
        assertThat(extract("The drug lord was killed today during a police operation near Tolu, the police said.", "1989-12-15")).isEmpty();
        assertThat(extract("So far this year, about 100 people have been killed in Colombia.", "1989-03-29")).isEmpty();
        assertThat(extract("Gunmen killed a judge in Medellin on Tuesday.", "1989-10-14")).hasSize(1);
    }

    @Test
    void inCapitalsATownNameAfterAFirstNameIsASurname() {
        List<IncidentMention> found = extract("A BOMB EXPLODED TODAY, DESTROYING THE CAR OF TELEVISION NEWSMAN EPIGMENIO IBARRA.", "1989-11-14");

        assertThat(found).singleElement().satisfies(m -> assertThat(m.place()).isEmpty()); // not Ibarra, Ecuador
    }

    @Test
    void laterThatYearPointsBackToTheYearTheTextNamed() {
        List<IncidentMention> found = extract("Ten bombs exploded on commuter trains in Madrid on 11 March 2004, killing 192 people. "
                + "Later that year, police arrested members of another Islamist cell in Madrid.", "2024-03-11");

        assertThat(found).filteredOn(m -> m.type() == IncidentType.ARREST).singleElement()
                .satisfies(m -> assertThat(m.date()).map(Object::toString).contains("2004"));
    }

    @Test
    void aRegionOrTownNamedLikeOneAbroadStaysInTheArticlesCountry() {
        List<IncidentMention> huila = extract("BOGOTA, 19 JUN 89 -- [TEXT] SUSPECTED GUERRILLAS DYNAMITED THE PIPELINE IN HUILA "
                + "DEPARTMENT LAST NIGHT, THE POLICE REPORTED TODAY.", "1989-06-19");
        List<IncidentMention> sanJacinto = extract("BOGOTA, 19 JUN 89 -- [TEXT] FOUR SOLDIERS DIED IN AN AMBUSH NEAR THE VILLAGE "
                + "OF SAN JACINTO IN SAN DIEGO MUNICIPALITY LAST WEEK, A MILITARY SPOKESMAN SAID.", "1989-06-19");

        assertThat(huila).isNotEmpty().allSatisfy(m -> assertThat(m.country()).contains("CO")); // not Huíla, Angola
        assertThat(sanJacinto).isNotEmpty().allSatisfy(m -> assertThat(m.country()).contains("CO")); // not California
    }

    @Test
    void aDistrictNamedLikeATownAbroadStaysInTheArticlesCountry() {
        List<IncidentMention> found = extract("A truck bomb exploded at a busy junction in Mogadishu, Somalia, on Saturday, killing 20 people. "
                + "Rescue workers searched the rubble through the night. "
                + "A second car bomb exploded later the same day in the Medina district, killing two people. "
                + "The government declared three days of mourning.", "2017-10-16");

        assertThat(found).hasSize(2).extracting(IncidentMention::country).doesNotContain(Optional.of("SA")); // not Medina, Saudi Arabia
    }

    @Test
    void findsOneBombingWithEveryField() {
        List<IncidentMention> found = extract(
                "A car bomb exploded outside a police station in Kandahar on Tuesday, killing nine people and wounding 14. "
                        + "The Taliban claimed responsibility for the attack.", "2021-06-10");
        assertThat(found).singleElement().satisfies(m -> {
            assertThat(m.type()).isEqualTo(IncidentType.BOMBING);
            assertThat(m.date()).map(Object::toString).contains("2021-06-08");
            assertThat(m.place()).hasValueSatisfying(p -> assertThat(p).matches("Kandah[aā]r")); // the gazetteer's own spelling
            assertThat(m.country()).contains("AF");
            assertThat(m.perpetrator()).contains("Taliban");
            assertThat(m.killed()).isEqualTo(OptionalInt.of(9));
            assertThat(m.injured()).isEqualTo(OptionalInt.of(14));
            assertThat(m.claimed()).contains(true);
            assertThat(m.evidenceText()).startsWith("A car bomb exploded");
        });
    }

    @Test
    void aLaterMentionOfTheAttackAddsToItInsteadOfStartingAnother() {
        List<IncidentMention> found = extract(
                "Gunmen stormed a hotel in Mogadishu on Friday, killing 12 people. "
                        + "The death toll from the attack rose to 15 on Saturday, officials said.", "2019-07-14");
        assertThat(found).singleElement().satisfies(m -> {
            assertThat(m.type()).isEqualTo(IncidentType.ARMED_ASSAULT);
            assertThat(m.killed()).isEqualTo(OptionalInt.of(15));
            assertThat(m.date()).map(Object::toString).contains("2019-07-12");
        });
    }

    @Test
    void separatesIncidentsInOtherPlacesAndYears() {
        List<IncidentMention> found = extract(
                "A suicide bomber killed 30 people at a mosque in Peshawar on Friday. "
                        + "In 2014, gunmen killed 141 people at a school in the same city. "
                        + "Police in Lahore arrested two suspected militants on Saturday.", "2022-03-06");
        assertThat(found).extracting(IncidentMention::type)
                .containsExactly(IncidentType.BOMBING, IncidentType.ARMED_ASSAULT, IncidentType.ARREST);
        assertThat(found.get(1).date()).map(Object::toString).contains("2014");
        assertThat(found.get(2).place()).contains("Lahore");
    }

    @Test
    void skipsHypothesesAggregatesAndMilitaryStrikes() {
        assertThat(extract("Analysts say the group could attack again. The group carried out 21 attacks in nine countries last year. "
                + "Warplanes bombed militant positions on Monday.", "2024-03-01")).isEmpty();
    }

    @Test
    void readsAForeignArrestWithTheGroupItIsTiedTo() {
        assertThat(extract("In February, a Russian national accused of having Islamic State links was arrested in Poland.", "2024-03-27"))
                .singleElement().satisfies(m -> {
                    assertThat(m.type()).isEqualTo(IncidentType.ARREST);
                    assertThat(m.country()).contains("PL");
                    assertThat(m.perpetrator()).contains("Islamic State");
                    assertThat(m.date()).map(Object::toString).contains("2024-02");
                    assertThat(m.killed()).isEmpty();
                    assertThat(m.claimed()).contains(false);
                });
    }

    @Test
    void takesAnIncidentWithoutAPlaceToTheDateline() {
        assertThat(extract("NAIROBI — Gunmen killed four people at a bus stop on Monday.", "2020-02-05"))
                .singleElement().satisfies(m -> {
                    assertThat(m.place()).contains("Nairobi");
                    assertThat(m.country()).contains("KE");
                });
    }

    @Test
    void evidenceSpansPointIntoTheArticle() {
        String text = "Why this matters\n\nA bomb exploded in Quetta on Sunday, killing three people.";
        for (IncidentMention m : extract(text, "2023-01-02")) {
            assertThat(m.evidence().of(text)).isEqualTo(m.evidenceText());
        }
    }

    @Test
    void findsNothingInTextWithoutIncidents() {
        assertThat(extract("Markets rose in London on Monday as investors welcomed the budget.", "2024-01-01")).isEmpty();
        assertThat(extract("%%% \u0000 ;;; 12 , , .", "2024-01-01")).isEmpty();
    }
    // Issue 7: places that decide whether two reports are one incident.
    @Test
    void placesAnExplosionThatToreThroughATownRatherThanWhereATrainWasGoing() {
        List<IncidentMention> found = extract("An explosion tore through Quetta railway station as passengers waited for the train to Peshawar on Saturday.",
                "2024-11-09");
        assertThat(found).singleElement().satisfies(m -> assertThat(m.place()).contains("Quetta"));
    }

    @Test
    void keepsARegionNamedInAnArticleAboutAnotherCountry() {
        List<IncidentMention> found = extract("Prime Minister Narendra Modi cut short a visit to Saudi Arabia after militants killed 26 people "
                + "at a meadow in Jammu and Kashmir on Tuesday.", "2025-04-23");
        assertThat(found).singleElement().satisfies(m -> {
            assertThat(m.place()).contains("Jammu and Kashmir");
            assertThat(m.country()).contains("IN");
        });
    }
}
