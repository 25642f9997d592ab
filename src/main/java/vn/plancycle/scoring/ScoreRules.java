package vn.plancycle.scoring;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

/** Every {@link ScoreRule} bean, by name. */
@Component
public class ScoreRules {

    private final Map<String, ScoreRule> byName;

    public ScoreRules(List<ScoreRule> rules) {
        this.byName = rules.stream().collect(Collectors.toMap(ScoreRule::name, Function.identity(), (a, b) -> {
            throw new IllegalStateException("two score rules named " + a.name());
        }, TreeMap::new));
    }

    public ScoreRule get(String name) {
        ScoreRule rule = byName.get(name);
        if (rule == null) {
            throw new IllegalArgumentException("unknown score rule '" + name + "' (known: " + byName.keySet() + ")");
        }
        return rule;
    }
}
