package io.github.sipstatus.generation;

import io.github.sipstatus.output.WriteSummary;

/**
 * What a run did, for the goal's info line.
 *
 * @param tableName the table's file name, or the built-in table's
 * @param codes     how many codes the table has
 * @param locales   how many locales the table has
 * @param files     how many files were written and how many were already up to date
 */
public record GenerationResult(String tableName, int codes, int locales, WriteSummary files) {}
