package jobs

import (
	"github.com/apache/arrow-go/v18/arrow"
	"github.com/apache/arrow-go/v18/arrow/array"

	"github.com/stance-news/stance/analysis/daily"
	"github.com/stance-news/stance/analysis/pipeline"
)

// appendArticle appends one article's rows to the articles, sentences and
// mentions writers and its mentions to the daily aggregate.
func appendArticle(w map[string]*partWriter, date arrow.Date32, a Article, doc pipeline.Doc, day *daily.Day) error {
	ab := w[TableArticles].builder()
	ab.Field(0).(*array.StringBuilder).Append(a.ID)
	ab.Field(1).(*array.Date32Builder).Append(date)
	appendOptString(ab.Field(2).(*array.StringBuilder), a.Source)
	appendOptString(ab.Field(3).(*array.StringBuilder), a.Title)
	appendOptString(ab.Field(4).(*array.StringBuilder), doc.Language)
	ab.Field(5).(*array.Int32Builder).Append(int32(len(doc.Sentences)))
	ab.Field(6).(*array.Int32Builder).Append(int32(doc.NTokens))
	ab.Field(7).(*array.Int32Builder).Append(int32(doc.NMentions))
	ab.Field(8).(*array.Float32Builder).Append(doc.Sentiment)
	ab.Field(9).(*array.StringBuilder).Append(a.SHA256)
	if err := w[TableArticles].rowDone(); err != nil {
		return err
	}

	sw, mw := w[TableSentences], w[TableMentions]
	sb, mb := sw.builder(), mw.builder()
	for _, s := range doc.Sentences {
		sb.Field(0).(*array.StringBuilder).Append(a.ID)
		sb.Field(1).(*array.Date32Builder).Append(date)
		sb.Field(2).(*array.Int32Builder).Append(int32(s.Index))
		sb.Field(3).(*array.Int32Builder).Append(int32(s.Start))
		sb.Field(4).(*array.Int32Builder).Append(int32(s.End))
		sb.Field(5).(*array.StringBuilder).Append(s.Text)
		sb.Field(6).(*array.Int32Builder).Append(int32(s.NTokens))
		sb.Field(7).(*array.Float32Builder).Append(s.Sentiment)
		sb.Field(8).(*array.StringBuilder).Append(s.Label)
		if err := sw.rowDone(); err != nil {
			return err
		}
		for _, m := range s.Mentions {
			mb.Field(0).(*array.StringBuilder).Append(a.ID)
			mb.Field(1).(*array.Date32Builder).Append(date)
			mb.Field(2).(*array.Int32Builder).Append(int32(s.Index))
			mb.Field(3).(*array.Int32Builder).Append(int32(m.Index))
			mb.Field(4).(*array.StringBuilder).Append(m.Party)
			mb.Field(5).(*array.StringBuilder).Append(m.PartyName)
			mb.Field(6).(*array.StringBuilder).Append(m.Role)
			mb.Field(7).(*array.StringBuilder).Append(m.Surface)
			mb.Field(8).(*array.Int32Builder).Append(int32(m.Start))
			mb.Field(9).(*array.Int32Builder).Append(int32(m.End))
			mb.Field(10).(*array.Float32Builder).Append(m.Stance)
			mb.Field(11).(*array.StringBuilder).Append(m.Label)
			mb.Field(12).(*array.Float32Builder).Append(m.PNegative)
			mb.Field(13).(*array.Float32Builder).Append(m.PNeutral)
			mb.Field(14).(*array.Float32Builder).Append(m.PPositive)
			lb := mb.Field(15).(*array.ListBuilder)
			lb.Append(true)
			vb := lb.ValueBuilder().(*array.StringBuilder)
			for _, e := range m.Evidence {
				vb.Append(e)
			}
			if err := mw.rowDone(); err != nil {
				return err
			}
			day.Add(a.ID, s.Index, m)
		}
	}
	return nil
}

func appendOptString(b *array.StringBuilder, s string) {
	if s == "" {
		b.AppendNull()
		return
	}
	b.Append(s)
}

// writeDaily appends the day's party_daily rows, one per party.
func writeDaily(w *partWriter, date arrow.Date32, day *daily.Day) error {
	b := w.builder()
	for _, r := range day.Rows(int32(date)) {
		b.Field(0).(*array.Date32Builder).Append(date)
		b.Field(1).(*array.StringBuilder).Append(r.Party)
		b.Field(2).(*array.Int32Builder).Append(int32(r.Articles))
		b.Field(3).(*array.Int32Builder).Append(int32(r.Sentences))
		b.Field(4).(*array.Int32Builder).Append(int32(r.Mentions))
		b.Field(5).(*array.Float32Builder).Append(r.MeanStance)
		b.Field(6).(*array.Float32Builder).Append(r.Share[0])
		b.Field(7).(*array.Float32Builder).Append(r.Share[1])
		b.Field(8).(*array.Float32Builder).Append(r.Share[2])
		b.Field(9).(*array.Int32Builder).Append(int32(r.Confident))
		if r.HasCI {
			b.Field(10).(*array.Float32Builder).Append(r.CILow)
			b.Field(11).(*array.Float32Builder).Append(r.CIHigh)
		} else {
			b.Field(10).AppendNull()
			b.Field(11).AppendNull()
		}
		if err := w.rowDone(); err != nil {
			return err
		}
	}
	return nil
}
