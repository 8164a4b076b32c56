package org.precinct.scenarios;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.precinct.engine.spec.ScenarioSpec;
import org.precinct.scenarios.build.SpecToYaml;
import org.precinct.scenarios.format.ScenarioYaml;
import org.precinct.scenarios.format.YamlNames;

/**
 * Writes a scenario spec as a YAML scenario file with every value explicit; loading the text gives
 * an equal spec, so a tabletop's recorded state or a generated variant can be saved and shared.
 */
public final class ScenarioWriter {

  private static final YAMLMapper MAPPER = mapper();

  private ScenarioWriter() {}

  /** The YAML text of {@code spec}, starting with the schema modeline for editors. */
  public static String toYaml(ScenarioSpec spec) {
    return toYaml(SpecToYaml.toYaml(spec));
  }

  /** The YAML text of format records. */
  public static String toYaml(ScenarioYaml scenario) {
    try {
      return StarterScenario.modeline(StarterScenario.DEFAULT_SCHEMA_LOCATION)
          + "\n"
          + MAPPER.writeValueAsString(scenario);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static YAMLMapper mapper() {
    YAMLFactory factory =
        YAMLFactory.builder()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .disable(YAMLGenerator.Feature.USE_NATIVE_TYPE_ID)
            .disable(YAMLGenerator.Feature.USE_NATIVE_OBJECT_ID)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
            .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
            .build();
    YAMLMapper mapper = new YAMLMapper(factory);
    mapper.setPropertyNamingStrategy(PropertyNamingStrategies.KEBAB_CASE);
    mapper.setSerializationInclusion(JsonInclude.Include.NON_NULL);
    SimpleModule enums = new SimpleModule("precinct-enums");
    enums.addSerializer(new KebabEnumSerializer());
    mapper.registerModule(enums);
    return mapper;
  }

  /** Writes every enum as its kebab-case YAML word. */
  private static final class KebabEnumSerializer extends StdSerializer<Enum<?>> {

    private static final long serialVersionUID = 1L;

    @SuppressWarnings({"unchecked", "rawtypes"})
    KebabEnumSerializer() {
      super((Class) Enum.class);
    }

    @Override
    public void serialize(Enum<?> value, JsonGenerator generator, SerializerProvider provider)
        throws IOException {
      generator.writeString(YamlNames.value(value));
    }
  }
}
