import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.ts';

describe('loadConfig', () => {
  it('gives working defaults for an empty environment', () => {
    const config = loadConfig({});
    expect(config.port).toBe(3000);
    expect(config.databaseUrl).toBeUndefined();
    expect(config.dataDir).toMatch(/data$/);
    expect(config.publicUrl).toBe('http://localhost:3000');
    expect(config.llm.provider).toBeUndefined();
    expect(Object.isFrozen(config)).toBe(true);
  });

  it('names the bad variable and the value it got', () => {
    expect(() => loadConfig({ PORT: 'abc' })).toThrow(ConfigError);
    expect(() => loadConfig({ PORT: 'abc' })).toThrow('PORT must be a number (got "abc")');
    expect(() => loadConfig({ PORT: '70000' })).toThrow(/PORT must be between 0 and 65535/);
  });

  it('reports every bad variable at once and hides secrets', () => {
    let message = '';
    try {
      loadConfig({ DATABASE_URL: 'mysql://db', SERVER_SECRET: 'short', LOG_LEVEL: 'loud' });
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toContain('DATABASE_URL must be a postgres:// or postgresql:// URL');
    expect(message).toContain('SERVER_SECRET must be at least 32 characters');
    expect(message).not.toContain('short');
    expect(message).toContain('LOG_LEVEL');
  });

  it('treats empty strings as unset and parses flags', () => {
    const config = loadConfig({ DATABASE_URL: '', SMTP_URL: '', TRUST_PROXY: 'true', PORT: '8080' });
    expect(config.databaseUrl).toBeUndefined();
    expect(config.mail.smtpUrl).toBeUndefined();
    expect(config.trustProxy).toBe(true);
    expect(config.publicUrl).toBe('http://localhost:8080');
  });

  it('trusts the loopback names of the port unless PUBLIC_URL says where users come from', () => {
    expect(loadConfig({ PORT: '4000' }).trustedOrigins).toEqual(['http://localhost:4000', 'http://127.0.0.1:4000', 'http://[::1]:4000']);
    expect(loadConfig({ PUBLIC_URL: 'https://parley.example.com/' }).trustedOrigins).toEqual(['https://parley.example.com']);
  });

  it('enables OAuth providers only when both id and secret are set', () => {
    expect(loadConfig({ GOOGLE_CLIENT_ID: 'id' }).oauth.google).toBeUndefined();
    expect(loadConfig({ GOOGLE_CLIENT_ID: 'id', GOOGLE_CLIENT_SECRET: 's' }).oauth.google).toEqual({ clientId: 'id', clientSecret: 's' });
  });

  it('keeps files in DATA_DIR/storage unless an S3 bucket is configured', () => {
    expect(loadConfig({ DATA_DIR: '/srv/parley' }).storage).toEqual({ driver: 'local', dir: '/srv/parley/storage' });
    const s3 = loadConfig({ S3_BUCKET: 'cvs', S3_ACCESS_KEY_ID: 'id', S3_SECRET_ACCESS_KEY: 'secret', S3_ENDPOINT: 'http://minio:9000' }).storage;
    expect(s3).toEqual({ driver: 's3', bucket: 'cvs', region: 'us-east-1', endpoint: 'http://minio:9000', accessKeyId: 'id', secretAccessKey: 'secret', forcePathStyle: true });
    const aws = loadConfig({ STORAGE_DRIVER: 's3', S3_BUCKET: 'cvs', S3_REGION: 'eu-west-1', S3_ACCESS_KEY_ID: 'id', S3_SECRET_ACCESS_KEY: 'secret' }).storage;
    expect(aws).toMatchObject({ driver: 's3', region: 'eu-west-1', endpoint: undefined, forcePathStyle: false });
    expect(loadConfig({ STORAGE_DRIVER: 'local', S3_BUCKET: 'cvs' }).storage.driver).toBe('local');
  });

  it('names what an S3 storage setting is missing, in one line', () => {
    expect(() => loadConfig({ STORAGE_DRIVER: 's3' })).toThrow('Invalid configuration: S3 storage needs S3_BUCKET, S3_ACCESS_KEY_ID, S3_SECRET_ACCESS_KEY (set them, or STORAGE_DRIVER=local)');
    expect(() => loadConfig({ S3_BUCKET: 'cvs', S3_ACCESS_KEY_ID: 'id' })).toThrow('S3 storage needs S3_SECRET_ACCESS_KEY');
    expect(() => loadConfig({ STORAGE_DRIVER: 'gcs' })).toThrow('STORAGE_DRIVER must be local or s3 (got "gcs")');
    expect(() => loadConfig({ S3_ENDPOINT: 'minio:9000' })).toThrow('S3_ENDPOINT must be a URL such as https://s3.example.com');
  });

  it('turns on semantic search with EMBEDDING_MODEL, sending the OpenAI key to OpenAI only', () => {
    expect(loadConfig({ OPENAI_API_KEY: 'sk-1' }).embeddings).toBeUndefined();
    expect(loadConfig({ EMBEDDING_MODEL: 'text-embedding-3-small', OPENAI_API_KEY: 'sk-1' }).embeddings).toEqual({
      model: 'text-embedding-3-small',
      baseUrl: 'https://api.openai.com/v1',
      apiKey: 'sk-1',
    });
    expect(loadConfig({ EMBEDDING_MODEL: 'nomic-embed-text', EMBEDDING_BASE_URL: 'http://localhost:11434/v1/', OPENAI_API_KEY: 'sk-1' }).embeddings).toEqual({
      model: 'nomic-embed-text',
      baseUrl: 'http://localhost:11434/v1',
      apiKey: undefined,
    });
    expect(() => loadConfig({ EMBEDDING_MODEL: 'text-embedding-3-small' })).toThrow('EMBEDDING_MODEL needs EMBEDDING_API_KEY or OPENAI_API_KEY');
  });
});
