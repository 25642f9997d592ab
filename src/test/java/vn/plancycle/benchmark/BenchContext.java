package vn.plancycle.benchmark;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What the steps share: the settings, the running application, the generated unit codes, and
 * measured values a later step needs (the bare throughput for the ratio).
 */
public final class BenchContext {

    private final BenchSettings settings;
    private final ConfigurableApplicationContext app;
    private final List<String> unitCodes = new ArrayList<>();
    private final Map<String, Double> measured = new HashMap<>();

    public BenchContext(BenchSettings settings, ConfigurableApplicationContext app) {
        this.settings = settings;
        this.app = app;
    }

    public BenchSettings settings() {
        return settings;
    }

    public ConfigurableApplicationContext app() {
        return app;
    }

    public <T> T bean(Class<T> type) {
        return app.getBean(type);
    }

    public JdbcTemplate jdbc() {
        return app.getBean(JdbcTemplate.class);
    }

    public List<String> unitCodes() {
        return unitCodes;
    }

    public void put(String name, double value) {
        measured.put(name, value);
    }

    public double get(String name) {
        Double value = measured.get(name);
        if (value == null) {
            throw new IllegalStateException("no figure '" + name + "' measured yet");
        }
        return value;
    }
}
