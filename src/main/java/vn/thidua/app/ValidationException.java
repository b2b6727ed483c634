package vn.thidua.app;

import java.util.List;
import vn.thidua.domain.bloc.Problem;

/** An input was refused; each problem names its field. Nothing was changed. */
public class ValidationException extends AppException {

    private final transient List<Problem> problems;

    public ValidationException(List<Problem> problems) {
        super(problems.get(0).key(), problems.get(0).args().toArray());
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
