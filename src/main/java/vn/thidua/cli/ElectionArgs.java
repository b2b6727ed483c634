package vn.thidua.cli;

import java.util.Locale;
import picocli.CommandLine;
import picocli.CommandLine.TypeConversionException;
import vn.thidua.domain.voting.Base;
import vn.thidua.domain.voting.EligibilityRule;
import vn.thidua.domain.voting.ThresholdLevel;
import vn.thidua.domain.voting.ThresholdOperator;

/**
 * The words of {@code election add}, read exactly as the contract writes them. A value that does
 * not fit is bad usage (exit 2); whether a fitting value makes sense (a percentage above 100, say)
 * is for the election's own rules to say.
 */
final class ElectionArgs {

    private ElectionArgs() {
    }

    /**
     * {@code --threshold OP:P}: {@code >:50}, {@code >=:70}, {@code >:66.666666}, {@code >:2/3}. Like
     * the CSV files, the command line writes decimals with a dot: {@code >:50.555} is 50,555 %, never
     * fifty thousand.
     */
    record Threshold(ThresholdOperator operator, ThresholdLevel level) {
    }

    static final class ThresholdConverter implements CommandLine.ITypeConverter<Threshold> {
        @Override
        public Threshold convert(String value) {
            int colon = value.lastIndexOf(':');
            if (colon < 0) {
                throw new TypeConversionException(value);
            }
            ThresholdOperator op;
            try {
                op = ThresholdOperator.parse(value.substring(0, colon));
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(value);
            }
            ThresholdLevel level = ThresholdLevel.parse(value.substring(colon + 1));
            if (level == null) {
                throw new TypeConversionException(value);
            }
            return new Threshold(op, level);
        }
    }

    /** {@code --base valid|returned|members}. */
    static final class BaseConverter implements CommandLine.ITypeConverter<Base> {
        @Override
        public Base convert(String value) {
            try {
                return Base.fromCode(value.strip().toLowerCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(value);
            }
        }
    }

    /** {@code --eligible all|excellent|top:N}. */
    static final class EligibleConverter implements CommandLine.ITypeConverter<EligibilityRule> {
        @Override
        public EligibilityRule convert(String value) {
            String v = value.strip().toLowerCase(Locale.ROOT);
            if (v.equals("all")) {
                return EligibilityRule.all();
            }
            if (v.equals("excellent")) {
                return EligibilityRule.excellent();
            }
            if (v.startsWith("top:") && v.substring(4).strip().matches("[0-9]{1,4}")) {
                int n = Integer.parseInt(v.substring(4).strip());
                if (n >= 1) {
                    return EligibilityRule.topN(n);
                }
            }
            throw new TypeConversionException(value);
        }
    }

    /** The rule as the contract writes it, for messages: {@code top:3}. */
    static String word(EligibilityRule rule) {
        return switch (rule.kind()) {
            case ALL -> "all";
            case EXCELLENT -> "excellent";
            case TOP_N -> "top:" + rule.n();
        };
    }
}
