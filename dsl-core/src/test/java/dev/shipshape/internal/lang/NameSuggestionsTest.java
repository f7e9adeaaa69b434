package dev.shipshape.internal.lang;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shipshape.units.Names;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The names the fixes suggest: valid labels, as close to the invalid name as a label can be. */
class NameSuggestionsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Web_API      | false | 63 | web-api",
        "az09         | false | 63 | az09",
        // the characters just outside a-z and 0-9 are replaced, and runs of '-' become one
        "a`b{c/d:e    | false | 63 | a-b-c-d-e",
        "--a--b--     | false | 63 | a-b",
        "9lives       | true  | 63 | x-9lives",
        "9lives       | false | 63 | 9lives",
        "lives        | true  | 63 | lives",
        "'' | true  | 63 | x",
        "'' | false | 63 | x",
        "___          | false | 63 | x",
        // cut to the limit, then no trailing '-'
        "abcd         | false | 4  | abcd",
        "abcde        | false | 4  | abcd",
        "abc-def      | false | 4  | abc",
    })
    void suggests_a_close_valid_label(String name, boolean letterFirst, int max, String expected) {
        String s = NameSuggestions.label(name, letterFirst, max);
        assertThat(s).isEqualTo(expected);
        assertThat(Names.isDns1123Label(s)).isTrue();
    }
}
