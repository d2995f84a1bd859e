package main

import (
	"encoding/json"
	"strings"

	"github.com/stance-news/stance/jobs"
)

// reportCmd draws daily stance per party from the party_daily table.
type reportCmd struct {
	Out      string   `help:"Output directory of stance run (the tables are read from here)." required:"" placeholder:"DIR" type:"existingdir"`
	PartyIDs []string `help:"Party ids to draw, e.g. US,RU,CN (default: the 6 most mentioned in the range)." name:"party-ids" placeholder:"IDS"`
	Since    string   `help:"First date to draw (YYYY-MM-DD, inclusive; default: the first partition)." placeholder:"DATE"`
	Until    string   `help:"Last date to draw (YYYY-MM-DD, inclusive; default: the last partition)." placeholder:"DATE"`
	PNG      string   `help:"Write the chart as PNG to this file." name:"png" placeholder:"FILE" type:"path"`
	SVG      string   `help:"Write the chart as SVG to this file." name:"svg" placeholder:"FILE" type:"path"`
	HTML     string   `help:"Write a self-contained HTML page: the chart and each party's most negative and positive sentences." name:"html" placeholder:"FILE" type:"path"`
	Width    int      `help:"Chart width in pixels." placeholder:"PX" default:"1200"`
	Height   int      `help:"Chart height in pixels." placeholder:"PX" default:"600"`
	JSON     bool     `help:"Print one summary object on stdout."`
}

// Run draws the report.
func (c *reportCmd) Run(e *env) error {
	cfg := jobs.ReportConfig{Out: c.Out, PNG: c.PNG, SVG: c.SVG, HTML: c.HTML, Width: c.Width, Height: c.Height}
	for _, p := range c.PartyIDs {
		if p = strings.TrimSpace(p); p != "" {
			cfg.Parties = append(cfg.Parties, p)
		}
	}
	var err error
	if c.Since != "" {
		if cfg.Since, err = parseDateFlag("--since", c.Since); err != nil {
			return err
		}
	}
	if c.Until != "" {
		if cfg.Until, err = parseDateFlag("--until", c.Until); err != nil {
			return err
		}
	}
	sum, err := jobs.Report(e.ctx, cfg)
	if err != nil {
		return err
	}
	for _, m := range sum.Missing {
		e.log.Warn("party has no mentions in the range", "party", m)
	}
	e.log.Info("report written", "files", sum.Files, "since", sum.Since, "until", sum.Until, "partitions", sum.Partitions)
	if c.JSON {
		enc := json.NewEncoder(e.stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(sum)
	}
	return nil
}
