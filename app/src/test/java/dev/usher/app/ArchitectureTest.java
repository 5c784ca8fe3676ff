package dev.usher.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The arrows of the architecture (see STYLE): the core decides, the edges translate. */
class ArchitectureTest {
  private static JavaClasses classes;

  @BeforeAll
  static void importClasses() {
    classes = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("dev.usher");
  }

  @Test
  void theCoreDependsOnNoModuleAndNoLibraryButSlf4j() {
    noClasses().that().resideInAPackage("dev.usher.core..")
        .should().dependOnClassesThat()
        .resideInAnyPackage("dev.usher.knowledge..", "dev.usher.app..", "dev.usher.slack..",
            "dev.usher.discord..", "org.apache.lucene..", "com.fasterxml..", "net.dv8tion..",
            "com.slack..", "picocli..")
        .check(classes);
  }

  @Test
  void noLuceneTypeLeavesTheKnowledgeModule() {
    noClasses().that().resideOutsideOfPackage("dev.usher.knowledge..")
        .should().dependOnClassesThat().resideInAPackage("org.apache.lucene..")
        .check(classes);
  }

  @Test
  void adaptersKnowNeitherEachOtherNorTheKnowledgeModule() {
    noClasses().that().resideInAnyPackage("dev.usher.slack..", "dev.usher.discord..")
        .should().dependOnClassesThat().resideInAnyPackage("dev.usher.knowledge..", "dev.usher.app..")
        .check(classes);
    noClasses().that().resideInAPackage("dev.usher.slack..")
        .should().dependOnClassesThat().resideInAPackage("dev.usher.discord..")
        .allowEmptyShould(true)
        .check(classes);
    noClasses().that().resideInAPackage("dev.usher.discord..")
        .should().dependOnClassesThat().resideInAPackage("dev.usher.slack..")
        .allowEmptyShould(true)
        .check(classes);
  }
}
