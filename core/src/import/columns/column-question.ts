/** What a column asked the respondent, as a survey tool's export gives it. */
export interface ColumnQuestion {
  /** The question as the respondent read it ("Rate each step of your trip"). */
  text: string;
  /** The row of a grid or matrix, or the sub-answer of a two-row header ("Booking"). */
  row?: string;
  /** The tool's own column code (`Q1_1`, `Q1[SQ001]`), when it has one. */
  code?: string;
}
