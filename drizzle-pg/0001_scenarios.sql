CREATE TABLE "plan_adoptions" (
	"id" text PRIMARY KEY NOT NULL,
	"workspace_id" text NOT NULL,
	"created_by" text,
	"created_at" bigint NOT NULL,
	"undone_at" bigint,
	"undone_by" text,
	"summary" text DEFAULT '' NOT NULL,
	"changes" json NOT NULL
);
--> statement-breakpoint
CREATE TABLE "scenario_capacities" (
	"scenario_id" text NOT NULL,
	"period_id" text NOT NULL,
	"capacity" double precision NOT NULL,
	CONSTRAINT "scenario_capacities_scenario_id_period_id_pk" PRIMARY KEY("scenario_id","period_id")
);
--> statement-breakpoint
CREATE TABLE "scenario_initiatives" (
	"scenario_id" text NOT NULL,
	"initiative_id" text NOT NULL,
	"mode" text NOT NULL,
	CONSTRAINT "scenario_initiatives_scenario_id_initiative_id_pk" PRIMARY KEY("scenario_id","initiative_id")
);
--> statement-breakpoint
CREATE TABLE "scenarios" (
	"id" text PRIMARY KEY NOT NULL,
	"workspace_id" text NOT NULL,
	"name" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"scoring_model_number" integer,
	"created_by" text,
	"created_at" bigint NOT NULL,
	"updated_at" bigint NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
ALTER TABLE "plan_adoptions" ADD CONSTRAINT "plan_adoptions_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_adoptions" ADD CONSTRAINT "plan_adoptions_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_adoptions" ADD CONSTRAINT "plan_adoptions_undone_by_users_id_fk" FOREIGN KEY ("undone_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "scenario_capacities" ADD CONSTRAINT "scenario_capacities_scenario_id_scenarios_id_fk" FOREIGN KEY ("scenario_id") REFERENCES "public"."scenarios"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "scenario_capacities" ADD CONSTRAINT "scenario_capacities_period_id_periods_id_fk" FOREIGN KEY ("period_id") REFERENCES "public"."periods"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "scenario_initiatives" ADD CONSTRAINT "scenario_initiatives_scenario_id_scenarios_id_fk" FOREIGN KEY ("scenario_id") REFERENCES "public"."scenarios"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "scenario_initiatives" ADD CONSTRAINT "scenario_initiatives_initiative_id_initiatives_id_fk" FOREIGN KEY ("initiative_id") REFERENCES "public"."initiatives"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "scenarios" ADD CONSTRAINT "scenarios_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "scenarios" ADD CONSTRAINT "scenarios_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "plan_adoptions_workspace_idx" ON "plan_adoptions" USING btree ("workspace_id","created_at");--> statement-breakpoint
CREATE INDEX "plan_adoptions_created_by_idx" ON "plan_adoptions" USING btree ("created_by");--> statement-breakpoint
CREATE INDEX "plan_adoptions_undone_by_idx" ON "plan_adoptions" USING btree ("undone_by");--> statement-breakpoint
CREATE INDEX "scenario_capacities_period_idx" ON "scenario_capacities" USING btree ("period_id");--> statement-breakpoint
CREATE INDEX "scenario_initiatives_initiative_idx" ON "scenario_initiatives" USING btree ("initiative_id");--> statement-breakpoint
CREATE UNIQUE INDEX "scenarios_workspace_name_unique" ON "scenarios" USING btree ("workspace_id","name");--> statement-breakpoint
CREATE INDEX "scenarios_created_by_idx" ON "scenarios" USING btree ("created_by");