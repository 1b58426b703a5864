CREATE TABLE "decisions" (
	"id" text PRIMARY KEY NOT NULL,
	"workspace_id" text NOT NULL,
	"initiative_id" text NOT NULL,
	"from_status" text NOT NULL,
	"outcome" text NOT NULL,
	"reason" text DEFAULT '' NOT NULL,
	"decided_by" text,
	"model_number" integer NOT NULL,
	"figures" json NOT NULL,
	"decided_at" bigint NOT NULL
);
--> statement-breakpoint
CREATE TABLE "initiative_measures" (
	"workspace_id" text NOT NULL,
	"initiative_id" text NOT NULL,
	"measure_id" text NOT NULL,
	"expected_change" double precision NOT NULL,
	"by_period_id" text,
	CONSTRAINT "initiative_measures_initiative_id_measure_id_pk" PRIMARY KEY("initiative_id","measure_id")
);
--> statement-breakpoint
ALTER TABLE "initiative_assumptions" ADD COLUMN "evidence" text DEFAULT 'opinion' NOT NULL;--> statement-breakpoint
ALTER TABLE "scoring_models" ADD COLUMN "confidence_from_evidence" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "decisions" ADD CONSTRAINT "decisions_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "decisions" ADD CONSTRAINT "decisions_initiative_id_initiatives_id_fk" FOREIGN KEY ("initiative_id") REFERENCES "public"."initiatives"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "decisions" ADD CONSTRAINT "decisions_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "initiative_measures" ADD CONSTRAINT "initiative_measures_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "initiative_measures" ADD CONSTRAINT "initiative_measures_initiative_id_initiatives_id_fk" FOREIGN KEY ("initiative_id") REFERENCES "public"."initiatives"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "initiative_measures" ADD CONSTRAINT "initiative_measures_measure_id_measures_id_fk" FOREIGN KEY ("measure_id") REFERENCES "public"."measures"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "initiative_measures" ADD CONSTRAINT "initiative_measures_by_period_id_periods_id_fk" FOREIGN KEY ("by_period_id") REFERENCES "public"."periods"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "decisions_initiative_idx" ON "decisions" USING btree ("initiative_id","decided_at");--> statement-breakpoint
CREATE INDEX "decisions_workspace_idx" ON "decisions" USING btree ("workspace_id","decided_at");--> statement-breakpoint
CREATE INDEX "decisions_decided_by_idx" ON "decisions" USING btree ("decided_by");--> statement-breakpoint
CREATE INDEX "initiative_measures_measure_idx" ON "initiative_measures" USING btree ("measure_id");--> statement-breakpoint
CREATE INDEX "initiative_measures_by_period_idx" ON "initiative_measures" USING btree ("by_period_id");--> statement-breakpoint
CREATE INDEX "initiative_measures_workspace_idx" ON "initiative_measures" USING btree ("workspace_id");