package jobs

import (
	"github.com/apache/arrow-go/v18/arrow"
)

// SchemaVersion is written to every output file as stance.schema_version. It
// changes whenever a table gains, loses or retypes a column.
const SchemaVersion = "6"

// Table names, as used for the table root directories under the output.
const (
	TableArticles   = "articles"
	TableSentences  = "sentences"
	TableMentions   = "mentions"
	TablePartyDaily = "party_daily"
	TableRejects    = "rejects"
)

// Metadata keys written to every Parquet and Arrow file.
const (
	MetaSchemaVersion = "stance.schema_version"
	MetaModelSHA256   = "stance.model_sha256"
)

func utf8Field(name string, nullable bool) arrow.Field {
	return arrow.Field{Name: name, Type: arrow.BinaryTypes.String, Nullable: nullable}
}

func int32Field(name string) arrow.Field {
	return arrow.Field{Name: name, Type: arrow.PrimitiveTypes.Int32}
}

func float32Field(name string) arrow.Field {
	return arrow.Field{Name: name, Type: arrow.PrimitiveTypes.Float32}
}

var dateField = arrow.Field{Name: "article_date", Type: arrow.FixedWidthTypes.Date32}

// tableFields lists each table's columns in contract order (DESIGN.md).
var tableFields = map[string][]arrow.Field{
	TableArticles: {
		utf8Field("article_id", false),
		dateField,
		utf8Field("source", true),
		utf8Field("title", true),
		utf8Field("language", true),
		int32Field("n_sentences"),
		int32Field("n_tokens"),
		int32Field("n_mentions"),
		float32Field("sentiment"),
		utf8Field("content_sha256", false),
	},
	TableSentences: {
		utf8Field("article_id", false),
		dateField,
		int32Field("sentence_idx"),
		int32Field("char_start"),
		int32Field("char_end"),
		utf8Field("text", false),
		int32Field("n_tokens"),
		float32Field("sentiment"),
		utf8Field("sentiment_label", false),
	},
	TableMentions: {
		utf8Field("article_id", false),
		dateField,
		int32Field("sentence_idx"),
		int32Field("mention_idx"),
		utf8Field("party", false),
		utf8Field("party_name", false),
		utf8Field("role", false),
		utf8Field("mention", false),
		int32Field("char_start"),
		int32Field("char_end"),
		float32Field("stance"),
		utf8Field("stance_label", false),
		float32Field("p_negative"),
		float32Field("p_neutral"),
		float32Field("p_positive"),
		{Name: "evidence", Type: arrow.ListOf(arrow.BinaryTypes.String)},
	},
	TablePartyDaily: {
		{Name: "article_date", Type: arrow.FixedWidthTypes.Date32},
		utf8Field("party", false),
		int32Field("n_articles"),
		int32Field("n_sentences"),
		int32Field("n_mentions"),
		float32Field("stance_mean"),
		float32Field("share_negative"),
		float32Field("share_neutral"),
		float32Field("share_positive"),
		int32Field("n_confident"),
		{Name: "stance_ci_low", Type: arrow.PrimitiveTypes.Float32, Nullable: true},
		{Name: "stance_ci_high", Type: arrow.PrimitiveTypes.Float32, Nullable: true},
	},
	TableRejects: {
		utf8Field("run_id", false),
		utf8Field("source_path", false),
		{Name: "line", Type: arrow.PrimitiveTypes.Int32, Nullable: true},
		utf8Field("article_id", true),
		{Name: "article_date", Type: arrow.FixedWidthTypes.Date32, Nullable: true},
		utf8Field("reason", false),
		utf8Field("detail", false),
	},
}

// Schema returns the Arrow schema of a table with the file metadata stance
// writes: the schema version and the digest of the models that produced it.
func Schema(table, modelSHA256 string) *arrow.Schema {
	md := arrow.NewMetadata(
		[]string{MetaSchemaVersion, MetaModelSHA256},
		[]string{SchemaVersion, modelSHA256},
	)
	return arrow.NewSchema(tableFields[table], &md)
}

// DataTables are the date-partitioned tables, in the order they are written.
var DataTables = []string{TableArticles, TableSentences, TableMentions, TablePartyDaily}
