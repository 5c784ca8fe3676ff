package dev.usher.app;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import dev.usher.core.platform.ChatPlatformProvider;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The arrows of the architecture (see STYLE), as allow-lists: the core decides, the edges
 * translate. Each module's top package is {@code dev.usher.<module>}; an adapter is any such
 * package that holds a {@link ChatPlatformProvider}, so a new adapter on app's class path is
 * checked without editing this test.
 */
class ArchitectureTest {
  private static final String USHER = "dev.usher..";
  private static final String CORE = "dev.usher.core..";
  private static final String KNOWLEDGE = "dev.usher.knowledge..";
  private static final String LEDGERS = "dev.usher.ledger..";

  private static JavaClasses classes;

  @BeforeAll
  static void importClasses() {
    classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TEST_FIXTURES)
            .withImportOption(location -> !location.contains("-tests.jar"))
            .importPackages("dev.usher");
  }

  /** The top package of every module that holds a chat platform: dev.usher.discord, ... */
  static List<String> adapterPackages() {
    return classes.stream()
        .filter(c -> c.isAssignableTo(ChatPlatformProvider.class) && !c.isInterface())
        .map(ArchitectureTest::topPackage)
        .distinct()
        .sorted()
        .toList();
  }

  private static String topPackage(JavaClass type) {
    String[] parts = type.getPackageName().split("\\.");
    return parts.length < 3 ? type.getPackageName() : parts[0] + "." + parts[1] + "." + parts[2];
  }

  @Test
  void theCoreDependsOnlyOnTheJdkSlf4jJSpecifyAndItself() {
    classes()
        .that()
        .resideInAPackage(CORE)
        .should()
        .onlyDependOnClassesThat()
        .resideInAnyPackage("java..", "org.slf4j..", "org.jspecify..", CORE)
        .check(classes);
  }

  /** The model is the ground floor: replies and reminders read it, not the schedule's logic. */
  @Test
  void theConferenceModelDependsOnNothingElseInTheCore() {
    noClasses()
        .that()
        .resideInAPackage("dev.usher.core.conference..")
        .should()
        .dependOnClassesThat(
            resideInAPackage(CORE).and(not(resideInAPackage("dev.usher.core.conference.."))))
        .check(classes);
  }

  @Test
  void repliesAndRemindersDoNotDependOnTheScheduleQuestionLogic() {
    noClasses()
        .that()
        .resideInAnyPackage("dev.usher.core.reply..", "dev.usher.core.reminder..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("dev.usher.core.schedule..")
        .check(classes);
  }

  /**
   * The core's API, what every other module may use: {@code Bot} and its builder, the ports
   * (knowledge, platform, reminder ledger, agenda store, question log), the model, requests and
   * replies, the pieces app wires (reminders, announcements), and {@code Meanwhile} for the parts
   * of a start that run on other cores. The answer and schedule logic and the vocabulary stay
   * public only because {@code Bot} and other core packages reach them across Java's package
   * boundary; {@code ScheduleDiff} is the one schedule type app uses, for {@code ./usher diff}.
   */
  private static final DescribedPredicate<JavaClass> CORE_API =
      resideInAnyPackage(
              "dev.usher.core",
              "dev.usher.core.conference..",
              "dev.usher.core.command..",
              "dev.usher.core.reply..",
              "dev.usher.core.platform..",
              "dev.usher.core.knowledge..",
              "dev.usher.core.reminder..",
              "dev.usher.core.agenda..",
              "dev.usher.core.announce..",
              "dev.usher.core.questions..",
              "dev.usher.core.concurrent..")
          .or(JavaClass.Predicates.equivalentTo(dev.usher.core.schedule.ScheduleDiff.class))
          .as("the core's API");

  @Test
  void outsideTheCoreOnlyTheCoresApiIsUsed() {
    noClasses()
        .that()
        .resideOutsideOfPackage(CORE)
        .should()
        .dependOnClassesThat(resideInAPackage(CORE).and(not(CORE_API)))
        .check(classes);
  }

  @Test
  void theKnowledgeModuleDependsWithinUsherOnlyOnTheCoreAndItself() {
    noClasses()
        .that()
        .resideInAPackage(KNOWLEDGE)
        .should()
        .dependOnClassesThat(resideInAPackage(USHER).and(not(resideInAnyPackage(CORE, KNOWLEDGE))))
        .check(classes);
  }

  @Test
  void theReminderLedgersDependWithinUsherOnlyOnTheCoreAndThemselves() {
    noClasses()
        .that()
        .resideInAPackage(LEDGERS)
        .should()
        .dependOnClassesThat(resideInAPackage(USHER).and(not(resideInAnyPackage(CORE, LEDGERS))))
        .check(classes);
  }

  @Test
  void theAdaptersAreFoundByTheirChatPlatformProvider() {
    assertThat(adapterPackages()).contains("dev.usher.discord", "dev.usher.slack");
    assertThat(adapterPackages()).doesNotContain("dev.usher.core", "dev.usher.app");
  }

  /** Neither knowledge, nor another adapter, nor a ledger, nor app: the core and itself only. */
  @TestFactory
  Stream<DynamicTest> eachAdapterDependsWithinUsherOnlyOnTheCoreAndItself() {
    return adapterPackages().stream()
        .map(
            adapter ->
                DynamicTest.dynamicTest(
                    adapter,
                    () ->
                        noClasses()
                            .that()
                            .resideInAPackage(adapter + "..")
                            .should()
                            .dependOnClassesThat(
                                resideInAPackage(USHER)
                                    .and(not(resideInAnyPackage(CORE, adapter + ".."))))
                            .check(classes)));
  }

  @Test
  void noLuceneTypeLeavesTheKnowledgeModule() {
    noClasses()
        .that()
        .resideOutsideOfPackage(KNOWLEDGE)
        .should()
        .dependOnClassesThat()
        .resideInAPackage("org.apache.lucene..")
        .check(classes);
  }
}
