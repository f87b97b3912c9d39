package org.premark.cli;

import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

/** The one JSON writer of the CLI; Jackson mappers are thread-safe once built. */
final class Json {

    static final JsonMapper MAPPER = JsonMapper.builder().build();
    static final ObjectWriter PRETTY = MAPPER.writerWithDefaultPrettyPrinter();

    private Json() {
    }
}
