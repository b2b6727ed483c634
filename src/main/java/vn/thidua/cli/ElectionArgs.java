package vn.thidua.cli;

import java.math.BigDecimal;
import java.util.Locale;
import picocli.CommandLine;
import picocli.CommandLine.TypeConversionException;
import vn.thidua.domain.text.ParseResult;
import vn.thidua.domain.text.VnFormat;
import vn.thidua.domain.voting.Base;
import vn.thidua.domain.voting.EligibilityRule;
import vn.thidua.domain.voting.ThresholdOperator;

/**
 * The words of {@code election add}, read exactly as the contract writes them. A value that does
 * not fit is bad usage (exit 2); whether a fitting value makes sense (a percentage above 100, say)
 * is for the election's own rules to say.
 */
final class ElectionArgs {

    private ElectionArgs() {
    }

    /** {@code --threshold OP:P}: {@code >:50}, {@code >=:70}. */
    record Threshold(ThresholdOperator operator, BigDecimal percent) {
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
            String number = value.substring(colon + 1).strip();
            if (number.endsWith("%")) {
                number = number.substring(0, number.length() - 1);
            }
            if (!(VnFormat.parseNumber(number) instanceof ParseResult.Ok ok)) {
                throw new TypeConversionException(value);
            }
            return new Threshold(op, ok.value());
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
