package org.dyad.ingest;

import java.util.Optional;
import org.dyad.Result;

/**
 * One input's articles, read one at a time: a result for each article or bad record, empty at
 * the end. Never throws for bad content: a problem is a skipped result with its diagnostic.
 */
interface RecordReader {

  /** The next article or skipped record, or empty when the input is done. */
  Optional<Result<Article>> next();
}
