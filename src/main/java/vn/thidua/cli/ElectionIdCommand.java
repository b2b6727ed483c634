package vn.thidua.cli;

import picocli.CommandLine.Option;

/** A command on one election, named by the id {@code election add} printed. */
abstract class ElectionIdCommand extends WorkspaceCommand {

    @Option(names = "--election", required = true, paramLabel = "ID", description = "Số (id) của cuộc bầu")
    long election;
}
