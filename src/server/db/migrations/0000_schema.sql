CREATE TABLE "audit_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"actor_id" uuid,
	"action" text NOT NULL,
	"ip" text,
	"target" text,
	"details" jsonb
);
--> statement-breakpoint
CREATE TABLE "limit_counters" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"key" text NOT NULL,
	"count" integer NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	CONSTRAINT "limit_counters_key_unique" UNIQUE("key")
);
--> statement-breakpoint
CREATE TABLE "system_settings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"key" text NOT NULL,
	"value" text NOT NULL,
	"description" text,
	"updated_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "system_settings_key_unique" UNIQUE("key")
);
--> statement-breakpoint
CREATE TABLE "accounts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"account_id" text NOT NULL,
	"provider_id" text NOT NULL,
	"user_id" uuid NOT NULL,
	"access_token" text,
	"refresh_token" text,
	"id_token" text,
	"access_token_expires_at" timestamp with time zone,
	"refresh_token_expires_at" timestamp with time zone,
	"scope" text,
	"password" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sessions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"token" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"ip_address" text,
	"user_agent" text,
	"user_id" uuid NOT NULL,
	"impersonated_by" uuid,
	"last_seen_at" timestamp with time zone,
	CONSTRAINT "sessions_token_unique" UNIQUE("token")
);
--> statement-breakpoint
CREATE TABLE "two_factors" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"secret" text NOT NULL,
	"backup_codes" text NOT NULL,
	"user_id" uuid NOT NULL,
	"verified" boolean DEFAULT true,
	"failed_verification_count" integer DEFAULT 0,
	"locked_until" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "users" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"email" text NOT NULL,
	"email_verified" boolean DEFAULT false NOT NULL,
	"image" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"two_factor_enabled" boolean DEFAULT false,
	"role" text DEFAULT 'user',
	"banned" boolean DEFAULT false,
	"ban_reason" text,
	"ban_expires" timestamp with time zone,
	"phone" text,
	"bio" text,
	"job_title" text,
	"department" text,
	"timezone" text,
	"date_format" text,
	"failed_sign_in_count" integer DEFAULT 0 NOT NULL,
	"locked_until" timestamp with time zone,
	"last_sign_in_at" timestamp with time zone,
	"sign_in_count" integer DEFAULT 0 NOT NULL,
	"terms_accepted_at" timestamp with time zone,
	CONSTRAINT "users_email_unique" UNIQUE("email")
);
--> statement-breakpoint
CREATE TABLE "verifications" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"identifier" text NOT NULL,
	"value" text NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "user_preferences" (
	"user_id" uuid PRIMARY KEY NOT NULL,
	"theme" text DEFAULT 'auto' NOT NULL,
	"language" text DEFAULT 'en' NOT NULL,
	"notifications_email" boolean DEFAULT true NOT NULL,
	"notifications_browser" boolean DEFAULT true NOT NULL,
	"offline_speech" boolean DEFAULT false NOT NULL,
	"email_muted_types" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "user_preferences_theme_check" CHECK ("user_preferences"."theme" in ('light', 'dark', 'auto'))
);
--> statement-breakpoint
CREATE TABLE "workspace_invitations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"workspace_id" uuid NOT NULL,
	"email" text NOT NULL,
	"role" text NOT NULL,
	"token_hash" text NOT NULL,
	"invited_by" uuid,
	"expires_at" timestamp with time zone NOT NULL,
	"accepted_at" timestamp with time zone,
	"accepted_by" uuid,
	"revoked_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "workspace_invitations_token_hash_unique" UNIQUE("token_hash"),
	CONSTRAINT "workspace_invitations_role_check" CHECK ("workspace_invitations"."role" in ('owner', 'recruiter', 'interviewer'))
);
--> statement-breakpoint
CREATE TABLE "workspace_members" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"workspace_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"role" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "workspace_members_workspace_user_unique" UNIQUE("workspace_id","user_id"),
	CONSTRAINT "workspace_members_role_check" CHECK ("workspace_members"."role" in ('owner', 'recruiter', 'interviewer'))
);
--> statement-breakpoint
CREATE TABLE "workspaces" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"slug" text,
	"owner_id" uuid NOT NULL,
	"blind_screening" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "workspaces_slug_unique" UNIQUE("slug")
);
--> statement-breakpoint
CREATE TABLE "provider_credentials" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid,
	"workspace_id" uuid,
	"provider" text NOT NULL,
	"base_url" text,
	"model" text,
	"ciphertext" text NOT NULL,
	"nonce" text NOT NULL,
	"salt" text NOT NULL,
	"auth_tag" text NOT NULL,
	"last4" text,
	"checked_at" timestamp with time zone,
	"check_status" text DEFAULT 'unchecked' NOT NULL,
	"check_message" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "provider_credentials_user_provider_unique" UNIQUE("user_id","provider"),
	CONSTRAINT "provider_credentials_workspace_provider_unique" UNIQUE("workspace_id","provider"),
	CONSTRAINT "provider_credentials_one_owner_check" CHECK (("provider_credentials"."user_id" is null) <> ("provider_credentials"."workspace_id" is null)),
	CONSTRAINT "provider_credentials_provider_check" CHECK ("provider_credentials"."provider" in ('openai', 'anthropic', 'openai-compatible', 'deepgram', 'livekit')),
	CONSTRAINT "provider_credentials_check_status_check" CHECK ("provider_credentials"."check_status" in ('unchecked', 'ok', 'failed'))
);
--> statement-breakpoint
CREATE TABLE "mail_outbox" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"to_address" text NOT NULL,
	"cc_addresses" text[] DEFAULT '{}' NOT NULL,
	"bcc_addresses" text[] DEFAULT '{}' NOT NULL,
	"subject" text NOT NULL,
	"text_body" text NOT NULL,
	"html_body" text,
	"attachments" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"kind" text NOT NULL,
	"user_id" uuid,
	"transport" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"sent_at" timestamp with time zone,
	"error" text,
	"message_id" text,
	"attempted_by" text,
	"attempted_at" timestamp with time zone,
	CONSTRAINT "mail_outbox_kind_check" CHECK ("mail_outbox"."kind" in ('verification', 'password_reset', 'two_factor', 'workspace_invitation', 'interview_invitation', 'interview_reminder', 'interview_update', 'notification', 'other')),
	CONSTRAINT "mail_outbox_transport_check" CHECK ("mail_outbox"."transport" in ('smtp', 'outbox'))
);
--> statement-breakpoint
CREATE TABLE "candidate_profiles" (
	"user_id" uuid PRIMARY KEY NOT NULL,
	"full_name" text,
	"years_of_experience" integer,
	"target_roles" text[] DEFAULT '{}' NOT NULL,
	"key_skills" text[] DEFAULT '{}' NOT NULL,
	"industries" text[] DEFAULT '{}' NOT NULL,
	"cv_text" text,
	"onboarded_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "cv_uploads" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"file_name" text NOT NULL,
	"storage_path" text NOT NULL,
	"mime_type" text,
	"size_bytes" bigint,
	"sha256" text,
	"is_current" boolean DEFAULT true NOT NULL,
	"text" text,
	"parsed" jsonb,
	"uploaded_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "practice_questions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"session_id" uuid NOT NULL,
	"text" text NOT NULL,
	"position" integer NOT NULL,
	"type_tag" text,
	"stage" text,
	"competency" text,
	"skill" text,
	"strong_answer_shows" text[] DEFAULT '{}' NOT NULL,
	"is_follow_up" boolean DEFAULT false NOT NULL,
	"parent_question_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "practice_sessions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"name" text DEFAULT 'Practice Interview' NOT NULL,
	"target_role" text,
	"experience_level" text,
	"difficulty" text,
	"interview_type" text,
	"focus_skills" text[] DEFAULT '{}' NOT NULL,
	"job_description" text,
	"job_posting_id" uuid,
	"cv_upload_id" uuid,
	"requested_question_count" integer,
	"actual_question_count" integer,
	"mode" text DEFAULT 'text' NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"stage" text,
	"final_stage" text,
	"ended_by" text,
	"end_reason" text,
	"skipped_stages" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"has_resume" boolean DEFAULT false NOT NULL,
	"has_jd" boolean DEFAULT false NOT NULL,
	"room_name" text,
	"external_call_id" text,
	"metadata" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"started_at" timestamp with time zone,
	"completed_at" timestamp with time zone,
	CONSTRAINT "practice_sessions_room_name_unique" UNIQUE("room_name"),
	CONSTRAINT "practice_sessions_mode_check" CHECK ("practice_sessions"."mode" in ('text', 'voice')),
	CONSTRAINT "practice_sessions_status_check" CHECK ("practice_sessions"."status" in ('pending', 'in_progress', 'completed', 'aborted')),
	CONSTRAINT "practice_sessions_end_reason_check" CHECK ("practice_sessions"."end_reason" in ('completed', 'ended_by_candidate', 'timed_out', 'error'))
);
--> statement-breakpoint
CREATE TABLE "practice_turns" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"session_id" uuid NOT NULL,
	"seq" integer NOT NULL,
	"role" text NOT NULL,
	"stage" text,
	"text" text NOT NULL,
	"question_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "practice_turns_session_seq_unique" UNIQUE("session_id","seq"),
	CONSTRAINT "practice_turns_role_check" CHECK ("practice_turns"."role" in ('interviewer', 'candidate', 'system'))
);
--> statement-breakpoint
CREATE TABLE "answer_evaluations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"answer_id" uuid NOT NULL,
	"evaluation" jsonb NOT NULL,
	"overall_score" real,
	"competency_scores" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"engine" text NOT NULL,
	"provider" text,
	"model" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "answer_evaluations_answer_id_unique" UNIQUE("answer_id"),
	CONSTRAINT "answer_evaluations_engine_check" CHECK ("answer_evaluations"."engine" in ('offline', 'llm'))
);
--> statement-breakpoint
CREATE TABLE "practice_answers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"question_id" uuid NOT NULL,
	"session_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"attempt" integer DEFAULT 1 NOT NULL,
	"transcript" text,
	"transcript_source" text DEFAULT 'typed' NOT NULL,
	"audio_storage_path" text,
	"audio_duration_ms" integer,
	"metrics" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"answered_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "practice_answers_question_attempt_unique" UNIQUE("question_id","attempt"),
	CONSTRAINT "practice_answers_transcript_source_check" CHECK ("practice_answers"."transcript_source" in ('typed', 'stt', 'stt_offline'))
);
--> statement-breakpoint
CREATE TABLE "practice_feedback" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"session_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"report" jsonb,
	"rating" integer,
	"rating_label" text,
	"summary" text,
	"engine" text,
	"error" text,
	"generated_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "practice_feedback_session_id_unique" UNIQUE("session_id"),
	CONSTRAINT "practice_feedback_status_check" CHECK ("practice_feedback"."status" in ('pending', 'ready', 'failed')),
	CONSTRAINT "practice_feedback_engine_check" CHECK ("practice_feedback"."engine" in ('offline', 'llm'))
);
--> statement-breakpoint
CREATE TABLE "interview_scorecards" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"interview_id" uuid NOT NULL,
	"panel_member_id" uuid NOT NULL,
	"ratings" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"overall_rating" integer,
	"notes" text DEFAULT '' NOT NULL,
	"recommendation" text,
	"submitted_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "interview_scorecards_panel_member_id_unique" UNIQUE("panel_member_id"),
	CONSTRAINT "interview_scorecards_recommendation_check" CHECK ("interview_scorecards"."recommendation" in ('advance', 'hold', 'reject'))
);
--> statement-breakpoint
CREATE TABLE "live_interview_notes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"interview_id" uuid NOT NULL,
	"author_id" uuid,
	"source" text NOT NULL,
	"kind" text DEFAULT 'note' NOT NULL,
	"note" text NOT NULL,
	"seq" integer NOT NULL,
	"quote" text,
	"cv_quote" text,
	"model" text,
	"event_id" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "live_interview_notes_interview_seq_unique" UNIQUE("interview_id","seq"),
	CONSTRAINT "live_interview_notes_interview_event_unique" UNIQUE("interview_id","event_id"),
	CONSTRAINT "live_interview_notes_source_check" CHECK ("live_interview_notes"."source" in ('host', 'system', 'ai')),
	CONSTRAINT "live_interview_notes_kind_check" CHECK ("live_interview_notes"."kind" in ('note', 'key_point', 'claim', 'follow_up', 'summary'))
);
--> statement-breakpoint
CREATE TABLE "live_interview_tokens" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"interview_id" uuid NOT NULL,
	"token_hash" text NOT NULL,
	"role" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone,
	"revoked_at" timestamp with time zone,
	"last_used_at" timestamp with time zone,
	CONSTRAINT "live_interview_tokens_token_hash_unique" UNIQUE("token_hash"),
	CONSTRAINT "live_interview_tokens_role_check" CHECK ("live_interview_tokens"."role" in ('host', 'candidate'))
);
--> statement-breakpoint
CREATE TABLE "live_interviews" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"owner_id" uuid NOT NULL,
	"workspace_id" uuid,
	"scheduled_interview_id" uuid,
	"title" text DEFAULT 'Live interview' NOT NULL,
	"candidate_name" text,
	"job_description" text,
	"resume_text" text,
	"status" text DEFAULT 'pending' NOT NULL,
	"last_note_seq" integer DEFAULT 0 NOT NULL,
	"last_segment_seq" integer DEFAULT 0 NOT NULL,
	"consent_at" timestamp with time zone,
	"speech_on_at" timestamp with time zone,
	"briefing" jsonb,
	"review_state" text DEFAULT 'none' NOT NULL,
	"review" jsonb,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"started_at" timestamp with time zone,
	"ended_at" timestamp with time zone,
	CONSTRAINT "live_interviews_status_check" CHECK ("live_interviews"."status" in ('pending', 'in_progress', 'completed', 'cancelled')),
	CONSTRAINT "live_interviews_review_state_check" CHECK ("live_interviews"."review_state" in ('none', 'pending', 'ready', 'failed'))
);
--> statement-breakpoint
CREATE TABLE "live_transcript_segments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"interview_id" uuid NOT NULL,
	"seq" integer NOT NULL,
	"speaker" text NOT NULL,
	"text" text NOT NULL,
	"start_ms" integer,
	"end_ms" integer,
	"is_final" boolean DEFAULT true NOT NULL,
	"source" text DEFAULT 'typed' NOT NULL,
	"confidence" real,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "live_transcript_segments_interview_seq_unique" UNIQUE("interview_id","seq"),
	CONSTRAINT "live_transcript_segments_speaker_check" CHECK ("live_transcript_segments"."speaker" in ('host', 'candidate')),
	CONSTRAINT "live_transcript_segments_source_check" CHECK ("live_transcript_segments"."source" in ('typed', 'stt', 'stt_offline'))
);
--> statement-breakpoint
CREATE TABLE "jobs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"workspace_id" uuid NOT NULL,
	"created_by" uuid,
	"title" text NOT NULL,
	"description" text NOT NULL,
	"requirements" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"location" text,
	"remote" boolean DEFAULT false NOT NULL,
	"blind_screening" boolean DEFAULT false NOT NULL,
	"stage_names" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"embedding" real[],
	"embedding_model" text,
	"requirements_version" integer DEFAULT 0 NOT NULL,
	"rescore_status" text,
	"rescore_done" integer DEFAULT 0 NOT NULL,
	"rescore_total" integer DEFAULT 0 NOT NULL,
	"rescore_started_at" timestamp with time zone,
	"rescore_finished_at" timestamp with time zone,
	"rescore_error" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "jobs_status_check" CHECK ("jobs"."status" in ('draft', 'open', 'closed')),
	CONSTRAINT "jobs_rescore_status_check" CHECK ("jobs"."rescore_status" in ('queued', 'running', 'done', 'failed'))
);
--> statement-breakpoint
CREATE TABLE "batch_files" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"batch_id" uuid NOT NULL,
	"file_name" text NOT NULL,
	"storage_path" text NOT NULL,
	"size_bytes" bigint,
	"mime_type" text,
	"sha256" text,
	"status" text DEFAULT 'queued' NOT NULL,
	"error_code" text,
	"error_message" text,
	"resume_id" uuid,
	"candidate_id" uuid,
	"duplicate_of" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "batch_files_status_check" CHECK ("batch_files"."status" in ('queued', 'processing', 'done', 'failed', 'duplicate'))
);
--> statement-breakpoint
CREATE TABLE "candidate_notes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"workspace_id" uuid NOT NULL,
	"candidate_id" uuid NOT NULL,
	"author_id" uuid,
	"body" text NOT NULL,
	"mentioned_user_ids" uuid[] DEFAULT '{}' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "candidates" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"workspace_id" uuid NOT NULL,
	"job_id" uuid NOT NULL,
	"batch_id" uuid,
	"resume_id" uuid,
	"name" text,
	"email" text,
	"phone" text,
	"location" text,
	"profile" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"overall_score" integer DEFAULT 0 NOT NULL,
	"score_components" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"professional_assessment" text,
	"experience" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"education" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"rank_reasoning" text,
	"recommendation" text,
	"matched_skills" text[] DEFAULT '{}' NOT NULL,
	"missing_skills" text[] DEFAULT '{}' NOT NULL,
	"additional_skills" text[] DEFAULT '{}' NOT NULL,
	"missing_nice_to_have_skills" text[] DEFAULT '{}' NOT NULL,
	"evidence" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"scored_version" integer DEFAULT 0 NOT NULL,
	"status" text DEFAULT 'new' NOT NULL,
	"status_reason" text,
	"decided_at" timestamp with time zone,
	"decided_by" uuid,
	"duplicate_of" uuid,
	"embedding" real[],
	"embedding_model" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "candidates_job_resume_unique" UNIQUE("job_id","resume_id"),
	CONSTRAINT "candidates_status_check" CHECK ("candidates"."status" in ('new', 'shortlisted', 'interview', 'offer', 'hired', 'rejected'))
);
--> statement-breakpoint
CREATE TABLE "cv_batches" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"workspace_id" uuid NOT NULL,
	"job_id" uuid NOT NULL,
	"created_by" uuid,
	"name" text NOT NULL,
	"status" text DEFAULT 'queued' NOT NULL,
	"total_files" integer DEFAULT 0 NOT NULL,
	"processed_files" integer DEFAULT 0 NOT NULL,
	"failed_files" integer DEFAULT 0 NOT NULL,
	"duplicate_files" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"completed_at" timestamp with time zone,
	CONSTRAINT "cv_batches_status_check" CHECK ("cv_batches"."status" in ('queued', 'processing', 'completed', 'failed', 'cancelled'))
);
--> statement-breakpoint
CREATE TABLE "resume_entities" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"resume_id" uuid NOT NULL,
	"entity_type" text NOT NULL,
	"value" text NOT NULL,
	"confidence" real DEFAULT 0 NOT NULL,
	"start_offset" integer,
	"end_offset" integer,
	"label" text,
	"context_window" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "resumes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"workspace_id" uuid NOT NULL,
	"uploaded_by" uuid,
	"file_name" text NOT NULL,
	"storage_path" text NOT NULL,
	"size_bytes" bigint,
	"mime_type" text,
	"sha256" text,
	"raw_text" text,
	"processing_status" text DEFAULT 'pending' NOT NULL,
	"uploaded_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "resumes_processing_status_check" CHECK ("resumes"."processing_status" in ('pending', 'processing', 'parsed', 'failed'))
);
--> statement-breakpoint
CREATE TABLE "interview_panel_members" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"interview_id" uuid NOT NULL,
	"user_id" uuid,
	"email" text NOT NULL,
	"name" text,
	"role" text DEFAULT 'interviewer' NOT NULL,
	"rsvp" text DEFAULT 'needs_action' NOT NULL,
	"time_zone" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "interview_panel_members_interview_email_unique" UNIQUE("interview_id","email"),
	CONSTRAINT "interview_panel_members_role_check" CHECK ("interview_panel_members"."role" in ('lead', 'interviewer', 'observer')),
	CONSTRAINT "interview_panel_members_rsvp_check" CHECK ("interview_panel_members"."rsvp" in ('needs_action', 'accepted', 'declined', 'tentative'))
);
--> statement-breakpoint
CREATE TABLE "interview_reminders" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"interview_id" uuid NOT NULL,
	"reminder_type" text NOT NULL,
	"recipient_email" text NOT NULL,
	"recipient_user_id" uuid,
	"channel" text DEFAULT 'email' NOT NULL,
	"message" text NOT NULL,
	"send_at" timestamp with time zone NOT NULL,
	"schedule_sequence" integer DEFAULT 0 NOT NULL,
	"state" text DEFAULT 'pending' NOT NULL,
	"sent" boolean DEFAULT false NOT NULL,
	"sent_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "interview_reminders_channel_check" CHECK ("interview_reminders"."channel" in ('email', 'in_app')),
	CONSTRAINT "interview_reminders_state_check" CHECK ("interview_reminders"."state" in ('pending', 'sent', 'skipped'))
);
--> statement-breakpoint
CREATE TABLE "interview_time_options" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"interview_id" uuid NOT NULL,
	"source" text NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"time_zone" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "interview_time_options_source_check" CHECK ("interview_time_options"."source" in ('candidate', 'recruiter'))
);
--> statement-breakpoint
CREATE TABLE "interview_workspace_settings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"workspace_id" uuid NOT NULL,
	"reminder_offsets_minutes" integer[],
	"scorecard_reminder_hours" integer,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "interview_workspace_settings_workspace_unique" UNIQUE("workspace_id")
);
--> statement-breakpoint
CREATE TABLE "scheduled_interviews" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"workspace_id" uuid NOT NULL,
	"candidate_id" uuid,
	"candidate_name" text NOT NULL,
	"candidate_email" text NOT NULL,
	"job_id" uuid,
	"job_title" text NOT NULL,
	"interview_type" text DEFAULT 'technical' NOT NULL,
	"status" text DEFAULT 'scheduled' NOT NULL,
	"scheduled_time" timestamp with time zone NOT NULL,
	"time_zone" text DEFAULT 'UTC' NOT NULL,
	"candidate_time_zone" text,
	"candidate_rsvp" text DEFAULT 'needs_action' NOT NULL,
	"candidate_answered_at" timestamp with time zone,
	"cancel_reason" text,
	"duration_minutes" integer DEFAULT 60 NOT NULL,
	"location" text DEFAULT 'Video Call' NOT NULL,
	"meeting_link" text,
	"booking_link" text,
	"form_link" text,
	"platform" text,
	"google_event_id" text,
	"teams_meeting_id" text,
	"calendar_uid" text NOT NULL,
	"calendar_sequence" integer DEFAULT 0 NOT NULL,
	"generated_questions" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"notes" text,
	"outcome" text,
	"scheduled_by" uuid,
	"cv_file_path" text,
	"cc_emails" text[] DEFAULT '{}' NOT NULL,
	"bcc_emails" text[] DEFAULT '{}' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "scheduled_interviews_calendar_uid_unique" UNIQUE("calendar_uid"),
	CONSTRAINT "scheduled_interviews_status_check" CHECK ("scheduled_interviews"."status" in ('scheduled', 'confirmed', 'rescheduled', 'completed', 'cancelled', 'no_show')),
	CONSTRAINT "scheduled_interviews_candidate_rsvp_check" CHECK ("scheduled_interviews"."candidate_rsvp" in ('needs_action', 'accepted', 'declined', 'tentative'))
);
--> statement-breakpoint
CREATE TABLE "career_conversation_messages" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"conversation_id" uuid NOT NULL,
	"role" text NOT NULL,
	"content" text NOT NULL,
	"metadata" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "career_conversation_messages_role_check" CHECK ("career_conversation_messages"."role" in ('user', 'assistant', 'system'))
);
--> statement-breakpoint
CREATE TABLE "career_conversations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"status" text DEFAULT 'active' NOT NULL,
	"title" text,
	"experience_summary" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "career_conversations_status_check" CHECK ("career_conversations"."status" in ('active', 'completed', 'archived'))
);
--> statement-breakpoint
CREATE TABLE "educations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"institution_name" text NOT NULL,
	"location" text,
	"degree" text,
	"major" text,
	"minor" text,
	"gpa" real,
	"details" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"date_started" date,
	"date_finished" date,
	"position" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "employments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"company_name" text NOT NULL,
	"location" text,
	"title" text,
	"description" text,
	"details" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"date_started" date,
	"date_finished" date,
	"position" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "experience_skills" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"experience_id" uuid NOT NULL,
	"skill_id" uuid NOT NULL,
	"proficiency_demonstrated" text,
	"prominence" text,
	"usage_notes" text,
	"extraction_method" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "experience_skills_experience_skill_unique" UNIQUE("experience_id","skill_id")
);
--> statement-breakpoint
CREATE TABLE "experiences" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"employment_id" uuid,
	"education_id" uuid,
	"conversation_id" uuid,
	"title" text NOT NULL,
	"description" text,
	"experience_type" text,
	"date_started" date,
	"date_finished" date,
	"skills_used" text[] DEFAULT '{}' NOT NULL,
	"tags" text[] DEFAULT '{}' NOT NULL,
	"details" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"visibility" text DEFAULT 'private' NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "experiences_visibility_check" CHECK ("experiences"."visibility" in ('private', 'shared'))
);
--> statement-breakpoint
CREATE TABLE "skills" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"category" text,
	"title" text NOT NULL,
	"description" text,
	"years_experience" integer,
	"details" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"skill_type" text,
	"skill_level" text,
	"position" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "job_application_stages" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"application_id" uuid NOT NULL,
	"status" text NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "job_application_stages_status_check" CHECK ("job_application_stages"."status" in ('saved', 'applied', 'screening', 'interviewing', 'offer', 'accepted', 'rejected', 'withdrawn', 'no_response'))
);
--> statement-breakpoint
CREATE TABLE "job_applications" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"job_posting_id" uuid NOT NULL,
	"status" text DEFAULT 'saved' NOT NULL,
	"applied_date" date,
	"notes" text,
	"cv_upload_id" uuid,
	"resume_version_label" text,
	"cv_snapshot" jsonb,
	"follow_up_after_days" integer,
	"follow_up_by_email" boolean DEFAULT false NOT NULL,
	"follow_up_sent_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "job_applications_user_posting_unique" UNIQUE("user_id","job_posting_id"),
	CONSTRAINT "job_applications_status_check" CHECK ("job_applications"."status" in ('saved', 'applied', 'screening', 'interviewing', 'offer', 'accepted', 'rejected', 'withdrawn', 'no_response'))
);
--> statement-breakpoint
CREATE TABLE "job_experiences" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"job_posting_id" uuid NOT NULL,
	"experience_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"relevance" text,
	"target_skills" text[] DEFAULT '{}' NOT NULL,
	"match_score" real,
	"creation_source" text,
	"relevance_notes" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "job_experiences_posting_experience_unique" UNIQUE("job_posting_id","experience_id")
);
--> statement-breakpoint
CREATE TABLE "job_postings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"added_by" uuid NOT NULL,
	"url" text,
	"company_name" text,
	"job_title" text,
	"location" text,
	"remote_ok" boolean DEFAULT false NOT NULL,
	"description" text,
	"parsed" jsonb,
	"raw_json" jsonb,
	"scraped_at" timestamp with time zone,
	"scraping_success" boolean,
	"scraping_error" text,
	"source" text,
	"date_posted" date,
	"valid_through" date,
	"is_target" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "skill_analyses" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"total_experiences_analyzed" integer DEFAULT 0 NOT NULL,
	"total_jobs_analyzed" integer DEFAULT 0 NOT NULL,
	"total_skills_found" integer DEFAULT 0 NOT NULL,
	"new_skills_created" integer DEFAULT 0 NOT NULL,
	"total_skill_gaps" integer DEFAULT 0 NOT NULL,
	"average_job_match_score" real,
	"highest_job_match_score" real,
	"lowest_job_match_score" real,
	"skill_gaps" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"job_matches" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"skills_extracted" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"analyzer_version" text,
	"analysis_parameters" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"user_notes" text,
	"progress_done" integer DEFAULT 0 NOT NULL,
	"progress_total" integer DEFAULT 0 NOT NULL,
	"error" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"completed_at" timestamp with time zone,
	CONSTRAINT "skill_analyses_status_check" CHECK ("skill_analyses"."status" in ('pending', 'running', 'completed', 'failed'))
);
--> statement-breakpoint
CREATE TABLE "support_tickets" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"subject" text NOT NULL,
	"description" text NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"priority" text DEFAULT 'medium' NOT NULL,
	"category" text DEFAULT 'general' NOT NULL,
	"assigned_to" uuid,
	"resolution" text,
	"resolved_at" timestamp with time zone,
	"closed_at" timestamp with time zone,
	"attachment_storage_path" text,
	"attachment_name" text,
	"attachment_mime_type" text,
	"attachment_size_bytes" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "support_tickets_status_check" CHECK ("support_tickets"."status" in ('open', 'in_progress', 'waiting', 'resolved', 'closed')),
	CONSTRAINT "support_tickets_priority_check" CHECK ("support_tickets"."priority" in ('low', 'medium', 'high', 'urgent'))
);
--> statement-breakpoint
CREATE TABLE "ticket_comments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"ticket_id" uuid NOT NULL,
	"user_id" uuid,
	"comment" text NOT NULL,
	"is_internal" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "notifications" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"type" text NOT NULL,
	"title" text NOT NULL,
	"message" text NOT NULL,
	"link" text,
	"event_key" text NOT NULL,
	"metadata" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"is_read" boolean DEFAULT false NOT NULL,
	"read_at" timestamp with time zone,
	"mail_decided_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "notifications_user_event_unique" UNIQUE("user_id","event_key")
);
--> statement-breakpoint
CREATE TABLE "ai_budgets" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"payer" text NOT NULL,
	"workspace_id" uuid,
	"user_id" uuid,
	"credential_id" uuid,
	"monthly_tokens" bigint,
	"monthly_cost_usd" numeric(12, 2),
	"updated_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "ai_budgets_workspace_unique" UNIQUE("workspace_id"),
	CONSTRAINT "ai_budgets_user_unique" UNIQUE("user_id"),
	CONSTRAINT "ai_budgets_credential_unique" UNIQUE("credential_id"),
	CONSTRAINT "ai_budgets_payer_check" CHECK ("ai_budgets"."payer" in ('workspace', 'user', 'key')),
	CONSTRAINT "ai_budgets_owner_check" CHECK (("ai_budgets"."payer" = 'workspace') = ("ai_budgets"."workspace_id" is not null) and ("ai_budgets"."payer" = 'user') = ("ai_budgets"."user_id" is not null) and ("ai_budgets"."payer" = 'key') = ("ai_budgets"."credential_id" is not null)),
	CONSTRAINT "ai_budgets_limits_check" CHECK (coalesce("ai_budgets"."monthly_tokens", 0) >= 0 and coalesce("ai_budgets"."monthly_cost_usd", 0) >= 0)
);
--> statement-breakpoint
CREATE TABLE "ai_usage" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid,
	"workspace_id" uuid,
	"task" text NOT NULL,
	"engine" text NOT NULL,
	"provider" text,
	"model" text,
	"credential_source" text,
	"credential_id" uuid,
	"input_tokens" integer,
	"output_tokens" integer,
	"latency_ms" integer NOT NULL,
	"fallback_reason" text,
	"day" date DEFAULT current_date NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "ai_usage_engine_check" CHECK ("ai_usage"."engine" in ('offline', 'llm')),
	CONSTRAINT "ai_usage_credential_source_check" CHECK ("ai_usage"."credential_source" in ('user', 'workspace', 'server'))
);
--> statement-breakpoint
CREATE TABLE "ai_usage_daily" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"task" text NOT NULL,
	"day" date NOT NULL,
	"calls" integer DEFAULT 0 NOT NULL,
	"total_latency_ms" bigint DEFAULT 0 NOT NULL,
	"input_tokens" bigint DEFAULT 0 NOT NULL,
	"output_tokens" bigint DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "ai_usage_daily_user_task_day_unique" UNIQUE("user_id","task","day")
);
--> statement-breakpoint
CREATE TABLE "analytics_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid,
	"action" text NOT NULL,
	"task" text,
	"metadata" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"ip_address" text,
	"user_agent" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "installation_snapshots" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"day" date NOT NULL,
	"database_bytes" bigint,
	"storage_bytes" bigint NOT NULL,
	"queue_waiting" integer,
	"queue_failed" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "installation_snapshots_day_unique" UNIQUE("day")
);
--> statement-breakpoint
CREATE TABLE "user_analytics_daily" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"day" date NOT NULL,
	"practice_sessions" integer DEFAULT 0 NOT NULL,
	"answers" integer DEFAULT 0 NOT NULL,
	"applications" integer DEFAULT 0 NOT NULL,
	"candidates_decided" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "user_analytics_daily_user_day_unique" UNIQUE("user_id","day")
);
--> statement-breakpoint
ALTER TABLE "audit_events" ADD CONSTRAINT "audit_events_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "system_settings" ADD CONSTRAINT "system_settings_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "accounts" ADD CONSTRAINT "accounts_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_impersonated_by_users_id_fk" FOREIGN KEY ("impersonated_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "two_factors" ADD CONSTRAINT "two_factors_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "user_preferences" ADD CONSTRAINT "user_preferences_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "workspace_invitations" ADD CONSTRAINT "workspace_invitations_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "workspace_invitations" ADD CONSTRAINT "workspace_invitations_invited_by_users_id_fk" FOREIGN KEY ("invited_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "workspace_invitations" ADD CONSTRAINT "workspace_invitations_accepted_by_users_id_fk" FOREIGN KEY ("accepted_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "workspace_members" ADD CONSTRAINT "workspace_members_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "workspace_members" ADD CONSTRAINT "workspace_members_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "workspaces" ADD CONSTRAINT "workspaces_owner_id_users_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "provider_credentials" ADD CONSTRAINT "provider_credentials_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "provider_credentials" ADD CONSTRAINT "provider_credentials_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mail_outbox" ADD CONSTRAINT "mail_outbox_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "candidate_profiles" ADD CONSTRAINT "candidate_profiles_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cv_uploads" ADD CONSTRAINT "cv_uploads_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "practice_questions" ADD CONSTRAINT "practice_questions_session_id_practice_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."practice_sessions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "practice_questions" ADD CONSTRAINT "practice_questions_parent_question_id_practice_questions_id_fk" FOREIGN KEY ("parent_question_id") REFERENCES "public"."practice_questions"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "practice_sessions" ADD CONSTRAINT "practice_sessions_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "practice_sessions" ADD CONSTRAINT "practice_sessions_job_posting_id_job_postings_id_fk" FOREIGN KEY ("job_posting_id") REFERENCES "public"."job_postings"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "practice_sessions" ADD CONSTRAINT "practice_sessions_cv_upload_id_cv_uploads_id_fk" FOREIGN KEY ("cv_upload_id") REFERENCES "public"."cv_uploads"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "practice_turns" ADD CONSTRAINT "practice_turns_session_id_practice_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."practice_sessions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "practice_turns" ADD CONSTRAINT "practice_turns_question_id_practice_questions_id_fk" FOREIGN KEY ("question_id") REFERENCES "public"."practice_questions"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "answer_evaluations" ADD CONSTRAINT "answer_evaluations_answer_id_practice_answers_id_fk" FOREIGN KEY ("answer_id") REFERENCES "public"."practice_answers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "practice_answers" ADD CONSTRAINT "practice_answers_question_id_practice_questions_id_fk" FOREIGN KEY ("question_id") REFERENCES "public"."practice_questions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "practice_answers" ADD CONSTRAINT "practice_answers_session_id_practice_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."practice_sessions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "practice_answers" ADD CONSTRAINT "practice_answers_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "practice_feedback" ADD CONSTRAINT "practice_feedback_session_id_practice_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."practice_sessions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "practice_feedback" ADD CONSTRAINT "practice_feedback_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "interview_scorecards" ADD CONSTRAINT "interview_scorecards_interview_id_scheduled_interviews_id_fk" FOREIGN KEY ("interview_id") REFERENCES "public"."scheduled_interviews"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "interview_scorecards" ADD CONSTRAINT "interview_scorecards_panel_member_id_interview_panel_members_id_fk" FOREIGN KEY ("panel_member_id") REFERENCES "public"."interview_panel_members"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "live_interview_notes" ADD CONSTRAINT "live_interview_notes_interview_id_live_interviews_id_fk" FOREIGN KEY ("interview_id") REFERENCES "public"."live_interviews"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "live_interview_notes" ADD CONSTRAINT "live_interview_notes_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "live_interview_tokens" ADD CONSTRAINT "live_interview_tokens_interview_id_live_interviews_id_fk" FOREIGN KEY ("interview_id") REFERENCES "public"."live_interviews"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "live_interviews" ADD CONSTRAINT "live_interviews_owner_id_users_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "live_interviews" ADD CONSTRAINT "live_interviews_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "live_interviews" ADD CONSTRAINT "live_interviews_scheduled_interview_id_scheduled_interviews_id_fk" FOREIGN KEY ("scheduled_interview_id") REFERENCES "public"."scheduled_interviews"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "live_transcript_segments" ADD CONSTRAINT "live_transcript_segments_interview_id_live_interviews_id_fk" FOREIGN KEY ("interview_id") REFERENCES "public"."live_interviews"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "jobs" ADD CONSTRAINT "jobs_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "jobs" ADD CONSTRAINT "jobs_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "batch_files" ADD CONSTRAINT "batch_files_batch_id_cv_batches_id_fk" FOREIGN KEY ("batch_id") REFERENCES "public"."cv_batches"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "batch_files" ADD CONSTRAINT "batch_files_resume_id_resumes_id_fk" FOREIGN KEY ("resume_id") REFERENCES "public"."resumes"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "batch_files" ADD CONSTRAINT "batch_files_candidate_id_candidates_id_fk" FOREIGN KEY ("candidate_id") REFERENCES "public"."candidates"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "batch_files" ADD CONSTRAINT "batch_files_duplicate_of_candidates_id_fk" FOREIGN KEY ("duplicate_of") REFERENCES "public"."candidates"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "candidate_notes" ADD CONSTRAINT "candidate_notes_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "candidate_notes" ADD CONSTRAINT "candidate_notes_candidate_id_candidates_id_fk" FOREIGN KEY ("candidate_id") REFERENCES "public"."candidates"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "candidate_notes" ADD CONSTRAINT "candidate_notes_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "candidates" ADD CONSTRAINT "candidates_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "candidates" ADD CONSTRAINT "candidates_job_id_jobs_id_fk" FOREIGN KEY ("job_id") REFERENCES "public"."jobs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "candidates" ADD CONSTRAINT "candidates_batch_id_cv_batches_id_fk" FOREIGN KEY ("batch_id") REFERENCES "public"."cv_batches"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "candidates" ADD CONSTRAINT "candidates_resume_id_resumes_id_fk" FOREIGN KEY ("resume_id") REFERENCES "public"."resumes"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "candidates" ADD CONSTRAINT "candidates_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "candidates" ADD CONSTRAINT "candidates_duplicate_of_candidates_id_fk" FOREIGN KEY ("duplicate_of") REFERENCES "public"."candidates"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cv_batches" ADD CONSTRAINT "cv_batches_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cv_batches" ADD CONSTRAINT "cv_batches_job_id_jobs_id_fk" FOREIGN KEY ("job_id") REFERENCES "public"."jobs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cv_batches" ADD CONSTRAINT "cv_batches_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "resume_entities" ADD CONSTRAINT "resume_entities_resume_id_resumes_id_fk" FOREIGN KEY ("resume_id") REFERENCES "public"."resumes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "resumes" ADD CONSTRAINT "resumes_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "resumes" ADD CONSTRAINT "resumes_uploaded_by_users_id_fk" FOREIGN KEY ("uploaded_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "interview_panel_members" ADD CONSTRAINT "interview_panel_members_interview_id_scheduled_interviews_id_fk" FOREIGN KEY ("interview_id") REFERENCES "public"."scheduled_interviews"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "interview_panel_members" ADD CONSTRAINT "interview_panel_members_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "interview_reminders" ADD CONSTRAINT "interview_reminders_interview_id_scheduled_interviews_id_fk" FOREIGN KEY ("interview_id") REFERENCES "public"."scheduled_interviews"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "interview_reminders" ADD CONSTRAINT "interview_reminders_recipient_user_id_users_id_fk" FOREIGN KEY ("recipient_user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "interview_time_options" ADD CONSTRAINT "interview_time_options_interview_id_scheduled_interviews_id_fk" FOREIGN KEY ("interview_id") REFERENCES "public"."scheduled_interviews"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "interview_workspace_settings" ADD CONSTRAINT "interview_workspace_settings_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "interview_workspace_settings" ADD CONSTRAINT "interview_workspace_settings_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "scheduled_interviews" ADD CONSTRAINT "scheduled_interviews_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "scheduled_interviews" ADD CONSTRAINT "scheduled_interviews_candidate_id_candidates_id_fk" FOREIGN KEY ("candidate_id") REFERENCES "public"."candidates"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "scheduled_interviews" ADD CONSTRAINT "scheduled_interviews_job_id_jobs_id_fk" FOREIGN KEY ("job_id") REFERENCES "public"."jobs"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "scheduled_interviews" ADD CONSTRAINT "scheduled_interviews_scheduled_by_users_id_fk" FOREIGN KEY ("scheduled_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "career_conversation_messages" ADD CONSTRAINT "career_conversation_messages_conversation_id_career_conversations_id_fk" FOREIGN KEY ("conversation_id") REFERENCES "public"."career_conversations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "career_conversations" ADD CONSTRAINT "career_conversations_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "educations" ADD CONSTRAINT "educations_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "employments" ADD CONSTRAINT "employments_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "experience_skills" ADD CONSTRAINT "experience_skills_experience_id_experiences_id_fk" FOREIGN KEY ("experience_id") REFERENCES "public"."experiences"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "experience_skills" ADD CONSTRAINT "experience_skills_skill_id_skills_id_fk" FOREIGN KEY ("skill_id") REFERENCES "public"."skills"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "experiences" ADD CONSTRAINT "experiences_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "experiences" ADD CONSTRAINT "experiences_employment_id_employments_id_fk" FOREIGN KEY ("employment_id") REFERENCES "public"."employments"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "experiences" ADD CONSTRAINT "experiences_education_id_educations_id_fk" FOREIGN KEY ("education_id") REFERENCES "public"."educations"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "experiences" ADD CONSTRAINT "experiences_conversation_id_career_conversations_id_fk" FOREIGN KEY ("conversation_id") REFERENCES "public"."career_conversations"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "skills" ADD CONSTRAINT "skills_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "job_application_stages" ADD CONSTRAINT "job_application_stages_application_id_job_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."job_applications"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "job_applications" ADD CONSTRAINT "job_applications_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "job_applications" ADD CONSTRAINT "job_applications_job_posting_id_job_postings_id_fk" FOREIGN KEY ("job_posting_id") REFERENCES "public"."job_postings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "job_applications" ADD CONSTRAINT "job_applications_cv_upload_id_cv_uploads_id_fk" FOREIGN KEY ("cv_upload_id") REFERENCES "public"."cv_uploads"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "job_experiences" ADD CONSTRAINT "job_experiences_job_posting_id_job_postings_id_fk" FOREIGN KEY ("job_posting_id") REFERENCES "public"."job_postings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "job_experiences" ADD CONSTRAINT "job_experiences_experience_id_experiences_id_fk" FOREIGN KEY ("experience_id") REFERENCES "public"."experiences"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "job_experiences" ADD CONSTRAINT "job_experiences_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "job_postings" ADD CONSTRAINT "job_postings_added_by_users_id_fk" FOREIGN KEY ("added_by") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "skill_analyses" ADD CONSTRAINT "skill_analyses_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "support_tickets" ADD CONSTRAINT "support_tickets_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "support_tickets" ADD CONSTRAINT "support_tickets_assigned_to_users_id_fk" FOREIGN KEY ("assigned_to") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ticket_comments" ADD CONSTRAINT "ticket_comments_ticket_id_support_tickets_id_fk" FOREIGN KEY ("ticket_id") REFERENCES "public"."support_tickets"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ticket_comments" ADD CONSTRAINT "ticket_comments_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ai_budgets" ADD CONSTRAINT "ai_budgets_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ai_budgets" ADD CONSTRAINT "ai_budgets_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ai_budgets" ADD CONSTRAINT "ai_budgets_credential_id_provider_credentials_id_fk" FOREIGN KEY ("credential_id") REFERENCES "public"."provider_credentials"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ai_budgets" ADD CONSTRAINT "ai_budgets_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ai_usage" ADD CONSTRAINT "ai_usage_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ai_usage" ADD CONSTRAINT "ai_usage_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ai_usage" ADD CONSTRAINT "ai_usage_credential_id_provider_credentials_id_fk" FOREIGN KEY ("credential_id") REFERENCES "public"."provider_credentials"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ai_usage_daily" ADD CONSTRAINT "ai_usage_daily_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "analytics_events" ADD CONSTRAINT "analytics_events_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "user_analytics_daily" ADD CONSTRAINT "user_analytics_daily_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "audit_events_actor_id_idx" ON "audit_events" USING btree ("actor_id");--> statement-breakpoint
CREATE INDEX "audit_events_at_idx" ON "audit_events" USING btree ("at");--> statement-breakpoint
CREATE INDEX "audit_events_action_idx" ON "audit_events" USING btree ("action");--> statement-breakpoint
CREATE INDEX "audit_events_target_idx" ON "audit_events" USING btree ("target");--> statement-breakpoint
CREATE INDEX "limit_counters_expires_at_idx" ON "limit_counters" USING btree ("expires_at");--> statement-breakpoint
CREATE INDEX "system_settings_updated_by_idx" ON "system_settings" USING btree ("updated_by");--> statement-breakpoint
CREATE INDEX "accounts_user_id_idx" ON "accounts" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "accounts_provider_account_idx" ON "accounts" USING btree ("provider_id","account_id");--> statement-breakpoint
CREATE INDEX "sessions_user_id_idx" ON "sessions" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "sessions_expires_at_idx" ON "sessions" USING btree ("expires_at");--> statement-breakpoint
CREATE INDEX "sessions_impersonated_by_idx" ON "sessions" USING btree ("impersonated_by");--> statement-breakpoint
CREATE INDEX "two_factors_secret_idx" ON "two_factors" USING btree ("secret");--> statement-breakpoint
CREATE INDEX "two_factors_user_id_idx" ON "two_factors" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "users_role_idx" ON "users" USING btree ("role");--> statement-breakpoint
CREATE INDEX "users_banned_idx" ON "users" USING btree ("banned");--> statement-breakpoint
CREATE INDEX "verifications_identifier_idx" ON "verifications" USING btree ("identifier");--> statement-breakpoint
CREATE INDEX "workspace_invitations_workspace_id_idx" ON "workspace_invitations" USING btree ("workspace_id");--> statement-breakpoint
CREATE INDEX "workspace_invitations_email_idx" ON "workspace_invitations" USING btree ("email");--> statement-breakpoint
CREATE INDEX "workspace_invitations_invited_by_idx" ON "workspace_invitations" USING btree ("invited_by");--> statement-breakpoint
CREATE INDEX "workspace_invitations_accepted_by_idx" ON "workspace_invitations" USING btree ("accepted_by");--> statement-breakpoint
CREATE INDEX "workspace_members_user_id_idx" ON "workspace_members" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "workspaces_owner_id_idx" ON "workspaces" USING btree ("owner_id");--> statement-breakpoint
CREATE INDEX "provider_credentials_workspace_id_idx" ON "provider_credentials" USING btree ("workspace_id");--> statement-breakpoint
CREATE INDEX "mail_outbox_user_id_idx" ON "mail_outbox" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "mail_outbox_to_address_idx" ON "mail_outbox" USING btree ("to_address","created_at");--> statement-breakpoint
CREATE INDEX "mail_outbox_unsent_idx" ON "mail_outbox" USING btree ("created_at") WHERE sent_at is null and error is null and transport = 'smtp';--> statement-breakpoint
CREATE INDEX "cv_uploads_user_id_idx" ON "cv_uploads" USING btree ("user_id","is_current");--> statement-breakpoint
CREATE INDEX "cv_uploads_storage_path_idx" ON "cv_uploads" USING btree ("storage_path");--> statement-breakpoint
CREATE INDEX "practice_questions_session_id_idx" ON "practice_questions" USING btree ("session_id","position");--> statement-breakpoint
CREATE INDEX "practice_questions_parent_question_id_idx" ON "practice_questions" USING btree ("parent_question_id");--> statement-breakpoint
CREATE INDEX "practice_sessions_user_id_idx" ON "practice_sessions" USING btree ("user_id","created_at" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "practice_sessions_started_at_idx" ON "practice_sessions" USING btree ("started_at" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "practice_sessions_job_posting_id_idx" ON "practice_sessions" USING btree ("job_posting_id");--> statement-breakpoint
CREATE INDEX "practice_sessions_cv_upload_id_idx" ON "practice_sessions" USING btree ("cv_upload_id");--> statement-breakpoint
CREATE INDEX "practice_turns_question_id_idx" ON "practice_turns" USING btree ("question_id");--> statement-breakpoint
CREATE INDEX "practice_answers_session_id_idx" ON "practice_answers" USING btree ("session_id");--> statement-breakpoint
CREATE INDEX "practice_answers_user_id_idx" ON "practice_answers" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "practice_feedback_user_id_idx" ON "practice_feedback" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "interview_scorecards_interview_id_idx" ON "interview_scorecards" USING btree ("interview_id");--> statement-breakpoint
CREATE INDEX "live_interview_notes_interview_id_idx" ON "live_interview_notes" USING btree ("interview_id","created_at");--> statement-breakpoint
CREATE INDEX "live_interview_notes_author_id_idx" ON "live_interview_notes" USING btree ("author_id");--> statement-breakpoint
CREATE INDEX "live_interview_tokens_interview_id_idx" ON "live_interview_tokens" USING btree ("interview_id");--> statement-breakpoint
CREATE INDEX "live_interviews_owner_id_idx" ON "live_interviews" USING btree ("owner_id","created_at" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "live_interviews_workspace_id_idx" ON "live_interviews" USING btree ("workspace_id");--> statement-breakpoint
CREATE INDEX "live_interviews_scheduled_interview_id_idx" ON "live_interviews" USING btree ("scheduled_interview_id");--> statement-breakpoint
CREATE INDEX "jobs_workspace_id_idx" ON "jobs" USING btree ("workspace_id","status");--> statement-breakpoint
CREATE INDEX "jobs_created_by_idx" ON "jobs" USING btree ("created_by");--> statement-breakpoint
CREATE INDEX "jobs_search_idx" ON "jobs" USING gin (to_tsvector('english', "title" || ' ' || "description"));--> statement-breakpoint
CREATE INDEX "batch_files_duplicate_of_idx" ON "batch_files" USING btree ("duplicate_of");--> statement-breakpoint
CREATE INDEX "batch_files_batch_id_idx" ON "batch_files" USING btree ("batch_id","status");--> statement-breakpoint
CREATE INDEX "batch_files_sha256_idx" ON "batch_files" USING btree ("batch_id","sha256");--> statement-breakpoint
CREATE INDEX "batch_files_resume_id_idx" ON "batch_files" USING btree ("resume_id");--> statement-breakpoint
CREATE INDEX "batch_files_candidate_id_idx" ON "batch_files" USING btree ("candidate_id");--> statement-breakpoint
CREATE INDEX "candidate_notes_candidate_id_idx" ON "candidate_notes" USING btree ("candidate_id","created_at");--> statement-breakpoint
CREATE INDEX "candidate_notes_workspace_id_idx" ON "candidate_notes" USING btree ("workspace_id");--> statement-breakpoint
CREATE INDEX "candidate_notes_author_id_idx" ON "candidate_notes" USING btree ("author_id");--> statement-breakpoint
CREATE INDEX "candidates_workspace_id_idx" ON "candidates" USING btree ("workspace_id");--> statement-breakpoint
CREATE INDEX "candidates_decided_by_idx" ON "candidates" USING btree ("decided_by");--> statement-breakpoint
CREATE INDEX "candidates_job_score_idx" ON "candidates" USING btree ("job_id","overall_score" DESC NULLS FIRST,"created_at","id");--> statement-breakpoint
CREATE INDEX "candidates_job_scored_version_idx" ON "candidates" USING btree ("job_id","scored_version");--> statement-breakpoint
CREATE INDEX "candidates_batch_id_idx" ON "candidates" USING btree ("batch_id");--> statement-breakpoint
CREATE INDEX "candidates_resume_id_idx" ON "candidates" USING btree ("resume_id");--> statement-breakpoint
CREATE INDEX "candidates_duplicate_of_idx" ON "candidates" USING btree ("duplicate_of");--> statement-breakpoint
CREATE INDEX "candidates_email_idx" ON "candidates" USING btree ("workspace_id","email");--> statement-breakpoint
CREATE INDEX "candidates_person_email_idx" ON "candidates" USING btree ("workspace_id",lower(btrim("email")));--> statement-breakpoint
CREATE INDEX "cv_batches_workspace_id_idx" ON "cv_batches" USING btree ("workspace_id","created_at" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "cv_batches_job_id_idx" ON "cv_batches" USING btree ("job_id");--> statement-breakpoint
CREATE INDEX "cv_batches_created_by_idx" ON "cv_batches" USING btree ("created_by");--> statement-breakpoint
CREATE INDEX "resume_entities_resume_id_idx" ON "resume_entities" USING btree ("resume_id","entity_type");--> statement-breakpoint
CREATE INDEX "resumes_workspace_id_idx" ON "resumes" USING btree ("workspace_id","sha256");--> statement-breakpoint
CREATE INDEX "resumes_uploaded_by_idx" ON "resumes" USING btree ("uploaded_by");--> statement-breakpoint
CREATE INDEX "interview_panel_members_user_id_idx" ON "interview_panel_members" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "interview_reminders_interview_id_idx" ON "interview_reminders" USING btree ("interview_id");--> statement-breakpoint
CREATE INDEX "interview_reminders_due_idx" ON "interview_reminders" USING btree ("sent","send_at");--> statement-breakpoint
CREATE INDEX "interview_reminders_recipient_user_id_idx" ON "interview_reminders" USING btree ("recipient_user_id");--> statement-breakpoint
CREATE INDEX "interview_time_options_interview_id_idx" ON "interview_time_options" USING btree ("interview_id","starts_at");--> statement-breakpoint
CREATE INDEX "interview_workspace_settings_updated_by_idx" ON "interview_workspace_settings" USING btree ("updated_by");--> statement-breakpoint
CREATE INDEX "scheduled_interviews_workspace_id_idx" ON "scheduled_interviews" USING btree ("workspace_id","scheduled_time");--> statement-breakpoint
CREATE INDEX "scheduled_interviews_candidate_id_idx" ON "scheduled_interviews" USING btree ("candidate_id");--> statement-breakpoint
CREATE INDEX "scheduled_interviews_job_id_idx" ON "scheduled_interviews" USING btree ("job_id");--> statement-breakpoint
CREATE INDEX "scheduled_interviews_scheduled_by_idx" ON "scheduled_interviews" USING btree ("scheduled_by");--> statement-breakpoint
CREATE INDEX "career_conversation_messages_conversation_id_idx" ON "career_conversation_messages" USING btree ("conversation_id","created_at");--> statement-breakpoint
CREATE INDEX "career_conversations_user_id_idx" ON "career_conversations" USING btree ("user_id","updated_at" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "educations_user_id_idx" ON "educations" USING btree ("user_id","date_started" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "employments_user_id_idx" ON "employments" USING btree ("user_id","date_started" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "experience_skills_skill_id_idx" ON "experience_skills" USING btree ("skill_id");--> statement-breakpoint
CREATE INDEX "experiences_user_id_idx" ON "experiences" USING btree ("user_id","date_started" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "experiences_employment_id_idx" ON "experiences" USING btree ("employment_id");--> statement-breakpoint
CREATE INDEX "experiences_education_id_idx" ON "experiences" USING btree ("education_id");--> statement-breakpoint
CREATE INDEX "experiences_conversation_id_idx" ON "experiences" USING btree ("conversation_id");--> statement-breakpoint
CREATE INDEX "skills_user_id_idx" ON "skills" USING btree ("user_id","title");--> statement-breakpoint
CREATE INDEX "job_application_stages_application_id_idx" ON "job_application_stages" USING btree ("application_id","at");--> statement-breakpoint
CREATE INDEX "job_applications_user_id_idx" ON "job_applications" USING btree ("user_id","status");--> statement-breakpoint
CREATE INDEX "job_applications_job_posting_id_idx" ON "job_applications" USING btree ("job_posting_id");--> statement-breakpoint
CREATE INDEX "job_applications_cv_upload_id_idx" ON "job_applications" USING btree ("cv_upload_id");--> statement-breakpoint
CREATE INDEX "job_experiences_experience_id_idx" ON "job_experiences" USING btree ("experience_id");--> statement-breakpoint
CREATE INDEX "job_experiences_user_id_idx" ON "job_experiences" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "job_postings_added_by_idx" ON "job_postings" USING btree ("added_by","created_at" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "job_postings_company_name_idx" ON "job_postings" USING btree ("company_name");--> statement-breakpoint
CREATE INDEX "job_postings_job_title_idx" ON "job_postings" USING btree ("job_title");--> statement-breakpoint
CREATE INDEX "skill_analyses_user_id_idx" ON "skill_analyses" USING btree ("user_id","created_at" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "support_tickets_user_id_idx" ON "support_tickets" USING btree ("user_id","created_at" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "support_tickets_assigned_to_idx" ON "support_tickets" USING btree ("assigned_to","status");--> statement-breakpoint
CREATE INDEX "support_tickets_status_idx" ON "support_tickets" USING btree ("status","priority");--> statement-breakpoint
CREATE INDEX "ticket_comments_ticket_id_idx" ON "ticket_comments" USING btree ("ticket_id","created_at");--> statement-breakpoint
CREATE INDEX "ticket_comments_user_id_idx" ON "ticket_comments" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "notifications_user_id_idx" ON "notifications" USING btree ("user_id","is_read","created_at" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "ai_budgets_updated_by_idx" ON "ai_budgets" USING btree ("updated_by");--> statement-breakpoint
CREATE INDEX "ai_usage_user_id_idx" ON "ai_usage" USING btree ("user_id","day");--> statement-breakpoint
CREATE INDEX "ai_usage_workspace_id_idx" ON "ai_usage" USING btree ("workspace_id","day");--> statement-breakpoint
CREATE INDEX "ai_usage_task_idx" ON "ai_usage" USING btree ("task","day");--> statement-breakpoint
CREATE INDEX "ai_usage_credential_id_idx" ON "ai_usage" USING btree ("credential_id","day");--> statement-breakpoint
CREATE INDEX "analytics_events_user_id_idx" ON "analytics_events" USING btree ("user_id","created_at" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "analytics_events_action_idx" ON "analytics_events" USING btree ("action","created_at" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "user_analytics_daily_day_idx" ON "user_analytics_daily" USING btree ("day");