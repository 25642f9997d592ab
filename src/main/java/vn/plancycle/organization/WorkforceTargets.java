package vn.plancycle.organization;

import java.math.BigDecimal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The workforce targets of DOMAIN §1 in percent, configurable ({@code plancycle.workforce.*}):
 * the share of the unit's leaders with S&T / innovation / digital-transformation expertise, and
 * the share of its officials trained in them.
 */
@ConfigurationProperties("plancycle.workforce")
public record WorkforceTargets(
        @DefaultValue("25") BigDecimal expertLeaderTargetPercent,
        @DefaultValue("100") BigDecimal trainedOfficialTargetPercent) {

    public static final WorkforceTargets DEFAULT = new WorkforceTargets(BigDecimal.valueOf(25), BigDecimal.valueOf(100));
}
