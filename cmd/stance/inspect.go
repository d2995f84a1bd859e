package main

import (
	"fmt"
	"io"
	"sort"
	"strings"
	"text/tabwriter"

	"github.com/stance-news/stance/jobs"
)

// printInventory writes an output directory's inventory for people.
func printInventory(w io.Writer, inv *jobs.Inventory) error {
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	fmt.Fprintf(tw, "TABLE\tPARTITION\tROWS\tBYTES\t_SUCCESS\n")
	for _, p := range inv.Partitions {
		ok := "no"
		if p.Success {
			ok = "yes (" + p.RunID + ")"
		}
		if p.Table == jobs.TableRejects {
			ok = "-"
		}
		fmt.Fprintf(tw, "%s\t%s\t%d\t%d\t%s\n", p.Table, p.Partition, p.Rows, p.Bytes, ok)
	}
	fmt.Fprintf(tw, "\nRUN\tSTATUS\tARTICLES\tPARTITIONS\tREJECTS\tMODEL\n")
	for _, r := range inv.Runs {
		written := 0
		for _, p := range r.Partitions {
			if p.Status == jobs.PartitionWritten {
				written++
			}
		}
		reasons := make([]string, 0, len(r.RejectReasons))
		for k, v := range r.RejectReasons {
			reasons = append(reasons, fmt.Sprintf("%s=%d", k, v))
		}
		sort.Strings(reasons)
		rej := fmt.Sprint(r.Rejects)
		if len(reasons) > 0 {
			rej += " (" + strings.Join(reasons, " ") + ")"
		}
		fmt.Fprintf(tw, "%s\t%s\t%d\t%d/%d written\t%s\t%.12s\n", r.RunID, r.Status, r.Articles, written, len(r.Partitions), rej, r.ModelSHA256)
	}
	return tw.Flush()
}
