import { OnboardingApp } from '../../components/onboarding/OnboardingApp';
import { mountPage } from '../../components/shared/mountPage';

mountPage('onboardingTitle', <OnboardingApp />);
