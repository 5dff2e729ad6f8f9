package firedrill.engine.scenario;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Map;

/**
 * When a scripted inject applies (an inject's {@code when}): every clause given must hold, judged on
 * what the team can see — edge probes (observed, lagged availability), the pager, their own status
 * updates and actions — never on ground truth. An object without clauses always holds.
 * <ul>
 * <li>{@code noStatusUpdateFor}: no status update has been posted for this long (counted from the
 *     scenario start when there has been none);</li>
 * <li>{@code servicesBelow} / {@code servicesAtLeast}: each listed product's observed availability is
 *     below / at least the share (a product without a visible sample yet satisfies neither);</li>
 * <li>{@code alertFiring}: an alert of this rule is firing;</li>
 * <li>{@code afterAction}: the team has issued this action (accepted, whatever its outcome);</li>
 * <li>{@code impact}: {@code ongoing} while some product is observed below 99%, {@code over} when every
 *     product is observed at 99% or more.</li>
 * </ul>
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({"noStatusUpdateFor", "servicesBelow", "servicesAtLeast", "alertFiring", "afterAction", "impact"})
public record InjectCondition(
        String noStatusUpdateFor,
        Map<String, Double> servicesBelow,
        Map<String, Double> servicesAtLeast,
        String alertFiring,
        String afterAction,
        String impact) {

    public static final String ONGOING = "ongoing";
    public static final String OVER = "over";

    public InjectCondition {
        servicesBelow = servicesBelow == null ? Map.of() : ScenarioMaps.ordered(servicesBelow);
        servicesAtLeast = servicesAtLeast == null ? Map.of() : ScenarioMaps.ordered(servicesAtLeast);
    }

    /** True when no clause is given (the inject is unconditional). */
    public boolean always() {
        return noStatusUpdateFor == null && servicesBelow.isEmpty() && servicesAtLeast.isEmpty() && alertFiring == null
                && afterAction == null && impact == null;
    }
}
