package org.tsunagu.platform.web;

import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.stereotype.Component;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.cfg.MutableCoercionConfig;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.type.LogicalType;

/**
 * JSON is read as written: no number for a text, a date or a choice, no text for a number or a
 * yes/no, no null for a number that must be given.
 */
@Component
class StrictJson implements JsonMapperBuilderCustomizer {

  @Override
  public void customize(JsonMapper.Builder builder) {
    builder
        .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
        .enable(EnumFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .defaultLeniency(false)
        .withCoercionConfig(
            LogicalType.Textual,
            c ->
                refuse(
                    c,
                    CoercionInputShape.Integer,
                    CoercionInputShape.Float,
                    CoercionInputShape.Boolean))
        .withCoercionConfig(
            LogicalType.Integer,
            c ->
                refuse(
                    c,
                    CoercionInputShape.String,
                    CoercionInputShape.Float,
                    CoercionInputShape.Boolean))
        .withCoercionConfig(
            LogicalType.Float,
            c -> refuse(c, CoercionInputShape.String, CoercionInputShape.Boolean))
        .withCoercionConfig(
            LogicalType.Boolean,
            c ->
                refuse(
                    c,
                    CoercionInputShape.String,
                    CoercionInputShape.Integer,
                    CoercionInputShape.Float))
        .withCoercionConfig(
            LogicalType.DateTime,
            c -> refuse(c, CoercionInputShape.Integer, CoercionInputShape.Float))
        .withCoercionConfig(
            LogicalType.Enum, c -> refuse(c, CoercionInputShape.Integer, CoercionInputShape.Float));
  }

  private static void refuse(MutableCoercionConfig config, CoercionInputShape... shapes) {
    for (CoercionInputShape shape : shapes) {
      config.setCoercion(shape, CoercionAction.Fail);
    }
  }
}
