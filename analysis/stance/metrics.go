package stance

import "encoding/json"

// ClassMetrics are the precision, recall and F1 of one class.
type ClassMetrics struct {
	Precision float64 `json:"precision"`
	Recall    float64 `json:"recall"`
	F1        float64 `json:"f1"`
}

// Metrics summarise predictions against gold labels.
type Metrics struct {
	// N is the number of scored targets.
	N int `json:"n"`
	// MacroF1 is the unweighted mean of the three class F1 scores.
	MacroF1 float64 `json:"macro_f1"`
	// Accuracy is the share of targets predicted correctly.
	Accuracy float64 `json:"accuracy"`
	// PerClass holds negative, neutral and positive metrics, in that order.
	PerClass [3]ClassMetrics `json:"-"`
	// Confusion counts targets by gold class (rows) and predicted class
	// (columns), both ordered negative, neutral, positive.
	Confusion [3][3]int `json:"confusion"`
}

// MarshalJSON writes per_class as an object keyed by label.
func (m Metrics) MarshalJSON() ([]byte, error) {
	type plain Metrics
	return json.Marshal(struct {
		plain
		PerClass map[string]ClassMetrics `json:"per_class"`
	}{plain(m), map[string]ClassMetrics{
		Labels[0]: m.PerClass[0], Labels[1]: m.PerClass[1], Labels[2]: m.PerClass[2],
	}})
}

// UnmarshalJSON reads what MarshalJSON writes.
func (m *Metrics) UnmarshalJSON(b []byte) error {
	type plain Metrics
	var v struct {
		plain
		PerClass map[string]ClassMetrics `json:"per_class"`
	}
	if err := json.Unmarshal(b, &v); err != nil {
		return err
	}
	*m = Metrics(v.plain)
	for i, l := range Labels {
		m.PerClass[i] = v.PerClass[l]
	}
	return nil
}

// Evaluate compares predicted classes with gold classes (0 negative,
// 1 neutral, 2 positive); pairs with a class outside 0..2 are skipped.
// Scores are percentages (0..100), as NewsMTSC reports them.
func Evaluate(gold, pred []int) Metrics {
	var m Metrics
	for i := range gold {
		if i >= len(pred) || gold[i] < 0 || gold[i] > 2 || pred[i] < 0 || pred[i] > 2 {
			continue
		}
		m.Confusion[gold[i]][pred[i]]++
		m.N++
	}
	correct := 0
	for c := 0; c < 3; c++ {
		correct += m.Confusion[c][c]
		var predN, goldN int
		for o := 0; o < 3; o++ {
			predN += m.Confusion[o][c]
			goldN += m.Confusion[c][o]
		}
		cm := &m.PerClass[c]
		if predN > 0 {
			cm.Precision = 100 * float64(m.Confusion[c][c]) / float64(predN)
		}
		if goldN > 0 {
			cm.Recall = 100 * float64(m.Confusion[c][c]) / float64(goldN)
		}
		if cm.Precision+cm.Recall > 0 {
			cm.F1 = 2 * cm.Precision * cm.Recall / (cm.Precision + cm.Recall)
		}
		m.MacroF1 += cm.F1 / 3
	}
	if m.N > 0 {
		m.Accuracy = 100 * float64(correct) / float64(m.N)
	}
	return m
}
