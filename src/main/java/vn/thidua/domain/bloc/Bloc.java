package vn.thidua.domain.bloc;

/** A khối thi đua: a group of provincial units that compete each year. */
public record Bloc(long id, String code, String name) {
}
